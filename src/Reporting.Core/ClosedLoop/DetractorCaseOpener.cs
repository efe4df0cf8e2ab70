using Reporting.DuckDb;
using Reporting.Core.Storage;
using Reporting.Core.Themes;

namespace Reporting.Core.ClosedLoop;

/// <summary>
/// Gives every NPS detractor answer a closed-loop case: an answer without one (none was loaded) gets
/// case AUTO-&lt;response id&gt;, opened at the answer (the protocol's 24/48/72 h clock starts then),
/// owned by the account's CSM, in the category of the comment's first theme's driver (collaboration,
/// technical performance, business outcomes; none without a theme). One transaction under the writer
/// lock; the data version moves only when a case was opened.
/// </summary>
public sealed class DetractorCaseOpener(ReportingDatabase database, ThemeDictionary themes)
{
    public const string IdPrefix = "AUTO-";

    /// <summary>Opens the missing cases and returns how many it opened.</summary>
    public int OpenMissing(CancellationToken cancellationToken = default)
    {
        using var writer = database.AcquireWriter(cancellationToken);
        using var connection = database.Connect();
        using var transaction = connection.BeginTransaction();
        var opened = connection.Execute($"""
            INSERT INTO fact_detractor_case (case_id, response_id, owner, opened_at, category)
            SELECT $1 || r.response_id, r.response_id, a.csm, r.responded_at, {Category()}
            FROM fact_survey_response AS r
            LEFT JOIN dim_account AS a ON a.account_id = r.account_id
            WHERE r.survey_type = 'nps' AND r.score <= 6
              AND NOT EXISTS (SELECT 1 FROM fact_detractor_case AS c WHERE c.response_id = r.response_id)
            """, IdPrefix);
        if (opened > 0)
        {
            DataVersion.Bump(connection);
        }
        transaction.Commit();
        return (int)opened;
    }

    /// <summary>The driver of the comment's first theme, as the case categories spell it.</summary>
    private string Category() =>
        "CASE " + string.Concat(themes.Themes.Select(t => $"WHEN {ThemeSql.Mentions(t)} THEN {Sql.SqlIdentifier.Literal(t.Driver.Replace('_', ' '))} ")) + "END";
}
