using Reporting.DuckDb;
using Reporting.Core.Periods;
using Reporting.Core.Storage;
using Reporting.Core.Warehouse;
using Reporting.Core.Themes;

namespace Reporting.Core.ClosedLoop;

/// <summary>
/// Gives every NPS detractor answer a closed-loop case: an answer without one (none was loaded) gets
/// case AUTO-&lt;response id&gt;, opened at the answer (the protocol's 24/48/72 h clock starts then),
/// owned by the account's CSM, in the category of the comment's first theme's driver (collaboration,
/// technical performance, business outcomes; none without a theme). A named job (<see cref="JobName"/>):
/// one transaction under the writer lock writes the cases, bumps the data version when a case was
/// opened (so caches drop answers without them) and records the run in job_run.
/// </summary>
public sealed class DetractorCaseOpener(ReportingDatabase database, ThemeDictionary themes, ReportingClock? clock = null)
{
    public const string IdPrefix = "AUTO-";

    /// <summary>The job's name in job_run, the log and the Data page.</summary>
    public const string JobName = "open-detractor-cases";

    /// <summary>Opens the missing cases and returns how many it opened.</summary>
    public int OpenMissing(CancellationToken cancellationToken = default) => (int)Run(cancellationToken).Affected;

    /// <summary>Opens the missing cases as the named job; the run says how many it opened and the data version after.</summary>
    public JobRun Run(CancellationToken cancellationToken = default)
    {
        var time = clock ?? ReportingClock.System;
        var started = time.Now.UtcDateTime;
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
        var version = opened > 0 ? DataVersion.Bump(connection) : DataVersion.Current(connection);
        var run = new JobRun(JobName, started, time.Now.UtcDateTime, opened, version);
        JobRuns.Record(connection, run);
        if (opened > 0)
        {
            WarehouseWrites.PublishBeforeCommit(database, connection, ["fact_detractor_case"], cancellationToken);
        }
        transaction.Commit();
        return run;
    }

    /// <summary>The driver of the comment's first theme, as the case categories spell it.</summary>
    private string Category() =>
        "CASE " + string.Concat(themes.Themes.Select(t => $"WHEN {ThemeSql.Mentions(t)} THEN {Sql.SqlIdentifier.Literal(t.Driver.Replace('_', ' '))} ")) + "END";
}
