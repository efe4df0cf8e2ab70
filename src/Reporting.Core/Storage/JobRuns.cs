using System.Data.Common;
using System.Globalization;
using Reporting.DuckDb;

namespace Reporting.Core.Storage;

/// <summary>The record of named jobs' runs (table job_run), for the Data page and the logs.</summary>
public static class JobRuns
{
    /// <summary>Runs kept per job: a job run every 15 minutes keeps about ten days; older runs go as new ones come.</summary>
    public const int KeptPerJob = 1000;

    /// <summary>Call inside the job's transaction, so the record commits or rolls back with what the job wrote.</summary>
    public static void Record(DbConnection connection, JobRun run, int keep = KeptPerJob)
    {
        connection.Execute("INSERT INTO job_run (job, started_at, finished_at, affected, data_version) VALUES ($1, $2, $3, $4, $5)", run.Job, run.StartedAt, run.FinishedAt, run.Affected, run.DataVersion);
        // The job runs on a timer for as long as the server does: its record must not grow with it.
        connection.Execute("""
            DELETE FROM job_run WHERE job = $1
              AND run_id NOT IN (SELECT run_id FROM job_run WHERE job = $1 ORDER BY run_id DESC LIMIT $2)
            """, run.Job, keep);
    }

    /// <summary>Each job's latest run, by job name.</summary>
    public static IReadOnlyList<JobRun> Latest(DbConnection connection)
    {
        var rows = connection.Query("""
            SELECT job, started_at, finished_at, affected, data_version FROM job_run
            QUALIFY row_number() OVER (PARTITION BY job ORDER BY run_id DESC) = 1
            ORDER BY job
            """);
        return Enumerable.Range(0, rows.RowCount).Select(i => new JobRun(
            (string)rows["job"].GetValue(i)!, (DateTime)rows["started_at"].GetValue(i)!, (DateTime)rows["finished_at"].GetValue(i)!,
            Convert.ToInt64(rows["affected"].GetValue(i), CultureInfo.InvariantCulture), Convert.ToInt64(rows["data_version"].GetValue(i), CultureInfo.InvariantCulture))).ToList();
    }
}
