using System.Data.Common;
using System.Globalization;
using Reporting.DuckDb;

namespace Reporting.Core.Storage;

/// <summary>The record of named jobs' runs (table job_run), for the Data page and the logs.</summary>
public static class JobRuns
{
    /// <summary>Call inside the job's transaction, so the record commits or rolls back with what the job wrote.</summary>
    public static void Record(DbConnection connection, JobRun run) =>
        connection.Execute("INSERT INTO job_run (job, started_at, finished_at, affected, data_version) VALUES ($1, $2, $3, $4, $5)", run.Job, run.StartedAt, run.FinishedAt, run.Affected, run.DataVersion);

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
