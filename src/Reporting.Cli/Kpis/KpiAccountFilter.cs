using Reporting.DuckDb;
using Reporting.Core.Access;
using Reporting.Core.Kpis;
using Reporting.Core.Sql;
using Reporting.Core.Storage;

namespace Reporting.Cli.Kpis;

/// <summary>
/// <c>kpis --csm/--region/--tier</c>: the dashboards' account filters. They select accounts by their
/// attributes, so they are applied as a scope of exactly those accounts (read within the caller's
/// scope): every KPI, also those computed outside the cube (health, revenue, retention), then reads
/// only their rows. Values compare trimmed and without case, as the access scope compares CSMs, and
/// are bound parameters.
/// </summary>
internal static class KpiAccountFilter
{
    /// <summary>The accounts matching every given attribute as a scope, or null when none is given.</summary>
    public static AccessScope? Narrow(ReportingDatabase database, string? csm, string? region, string? tier)
    {
        var given = new[] { ("csm", "CSM", csm), ("region", "region", region), ("tier", "tier", tier) }
            .Where(a => !string.IsNullOrWhiteSpace(a.Item3)).Select(a => (Column: a.Item1, What: a.Item2, Value: a.Item3!.Trim())).ToList();
        if (given.Count == 0)
        {
            return null;
        }
        using var facts = database.ConnectFacts();
        foreach (var (column, what, value) in given)
        {
            // An unknown value is a typing mistake far more often than an empty answer: it is named.
            if (facts.Query($"SELECT count(*) FROM dim_account WHERE {Matches(column, "$1")}", value).Scalar() is 0L)
            {
                throw new KpiFilterException(column, $"no account has the {what} '{value}'");
            }
        }
        var conditions = string.Join(" AND ", given.Select((a, i) => Matches(a.Column, $"${i + 1}")));
        var accounts = facts.Query($"SELECT account_id FROM dim_account WHERE {conditions} ORDER BY account_id", given.Select(a => (object?)a.Value).ToArray());
        return AccessScope.ForAccounts(accounts.Column<string>("account_id").Values.ToArray());
    }

    /// <summary>The column is one of ours, never the user's; the value is a parameter.</summary>
    private static string Matches(string column, string parameter) => $"lower(trim({SqlIdentifier.Quote(column)})) = lower(trim({parameter}::VARCHAR))";
}
