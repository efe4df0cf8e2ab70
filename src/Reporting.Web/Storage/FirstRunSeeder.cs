using Reporting.DuckDb;
using Microsoft.Extensions.Options;
using Reporting.Core.Storage;
using Reporting.Seed;

namespace Reporting.Web.Storage;

/// <summary>
/// Seeds demo data into an empty database before the server starts serving, so a first `./run.sh`
/// shows real dashboards. "Empty" rather than "new file": a seed that was interrupted rolled back
/// and leaves an empty file, which the next start seeds again. Data is never touched.
/// </summary>
public sealed partial class FirstRunSeeder(
    ReportingDatabase database,
    DatabaseFile file,
    IOptions<StorageOptions> options,
    ILogger<FirstRunSeeder> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.SeedOnFirstRun || !IsEmpty())
        {
            return Task.CompletedTask;
        }
        var seedOptions = new SeedOptions { Accounts = options.Value.SeedAccounts, Months = options.Value.SeedMonths };
        LogSeeding(file.Path, seedOptions.Accounts, seedOptions.Months);
        var progress = new StageLogger(this);
        var summary = DemoDataSeeder.Seed(database, seedOptions, progress, cancellationToken);
        LogSeeded(summary.TotalRows, summary.Elapsed.TotalSeconds);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private bool IsEmpty()
    {
        using var connection = database.Connect();
        // A loaded team is data too: the seed would refuse to write its demo team over it.
        return DataSummary.Read(connection).TotalRows == 0 && connection.Query("SELECT count(*) FROM dim_team_member").Scalar() is 0L;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Empty database {Path}: seeding demo data ({Accounts} accounts × {Months} months)")]
    private partial void LogSeeding(string path, int accounts, int months);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeding: {Stage} {Done}/{Total}")]
    private partial void LogStage(string stage, long done, long total);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Rows} rows in {Seconds:0.0} s")]
    private partial void LogSeeded(long rows, double seconds);

    /// <summary>Logs each stage once when it completes, not every batch.</summary>
    private sealed class StageLogger(FirstRunSeeder seeder) : IProgress<SeedProgress>
    {
        public void Report(SeedProgress value)
        {
            if (value.Done == value.Total)
            {
                seeder.LogStage(value.Stage, value.Done, value.Total);
            }
        }
    }
}
