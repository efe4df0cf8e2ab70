using System.Data.Common;
using Reporting.DuckDb;

namespace Reporting.Core.Ingest;

/// <summary>
/// Once a team is loaded, an account whose <c>csm</c> names no member (by name or e-mail, without
/// case, as scopes match it) is in no CSM's book: only admins, leaders and viewers see it. A load of
/// accounts or of the team says so in its notes, instead of letting a typo hide accounts.
/// </summary>
internal static class CsmsOutsideTheTeam
{
    private const int Listed = 10;

    public static bool Concerns(FactKind kind) => kind is FactKind.Accounts or FactKind.Team;

    /// <summary>The note, or null when there is no team or every named CSM is a member.</summary>
    public static string? Note(DbConnection connection)
    {
        var rows = connection.Query($"""
            SELECT csm, count(*) AS accounts, count(*) OVER () AS csms
            FROM dim_account a
            WHERE csm IS NOT NULL AND EXISTS (SELECT 1 FROM dim_team_member)
              AND NOT EXISTS (SELECT 1 FROM dim_team_member m WHERE lower(trim(a.csm)) IN (lower(trim(m.name)), m.email))
            GROUP BY csm
            ORDER BY csm
            LIMIT {Listed}
            """);
        if (rows.RowCount == 0)
        {
            return null;
        }
        var named = Enumerable.Range(0, rows.RowCount)
            .Select(i => $"'{rows.Column<string>("csm")[i]}' ({Accounts(rows.Column<long>("accounts")[i])})");
        var more = rows.Column<long>("csms")[0] - rows.RowCount;
        return $"accounts name CSMs who are no team member: {string.Join(", ", named)}{(more > 0 ? $" and {more} more" : "")}; "
            + "only admins, leaders and viewers see those accounts (add them to the team file or correct the accounts' csm)";
    }

    private static string Accounts(long count) => count == 1 ? "1 account" : $"{count} accounts";
}
