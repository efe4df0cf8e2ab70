using Reporting.Core.Storage;
using Reporting.DuckDb;

namespace Reporting.Core.Tests.Storage;

/// <summary>job_run keeps each job's latest runs only: a job on a timer must not grow the database for ever.</summary>
public sealed class JobRunsTests : IDisposable
{
    private readonly ReportingDatabase database = ReportingDatabase.OpenInMemory();

    [Fact]
    public void Each_job_keeps_only_its_latest_runs()
    {
        using var connection = database.Connect();
        var at = new DateTime(2026, 12, 6, 12, 0, 0, DateTimeKind.Utc);
        for (var i = 1; i <= 5; i++)
        {
            JobRuns.Record(connection, new JobRun("a", at.AddMinutes(i), at.AddMinutes(i), i, 1), keep: 3);
        }
        JobRuns.Record(connection, new JobRun("b", at, at, 9, 1), keep: 3);

        // a's runs 3, 4 and 5 remain; b's one run is not counted against a's.
        Assert.Equal([3L, 4L, 5L, 9L], connection.Query("SELECT affected FROM job_run ORDER BY job, run_id").Column<long>("affected").Values.ToArray());
        Assert.Equal([new JobRun("a", at.AddMinutes(5), at.AddMinutes(5), 5, 1), new JobRun("b", at, at, 9, 1)], JobRuns.Latest(connection));
    }

    public void Dispose() => database.Dispose();
}
