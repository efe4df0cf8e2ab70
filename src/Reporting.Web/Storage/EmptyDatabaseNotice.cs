using Reporting.Core.Storage;
using Reporting.Documents.Storage;
using Reporting.DuckDb;

namespace Reporting.Web.Storage;

/// <summary>
/// Says in the log, at start-up, when the database holds no data, and how to fill it. The server does
/// not seed: demo data comes from the command line (`reporting seed`, which ./run.sh runs on a first
/// start), so that the generator and its libraries never ship with the server.
/// </summary>
public sealed partial class EmptyDatabaseNotice(ReportingDatabase database, DatabaseFile file, ILogger<EmptyDatabaseNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!DataSummary.HoldsRows(database))
        {
            LogEmpty(file.Location.ToString());
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database {Path} holds no data. Seed demo data with "
        + "`dotnet run --project src/Reporting.Cli -- seed --db {Path} --if-empty` (./run.sh does this before it starts the server), "
        + "or load your own with `reporting load`; then reload the pages.")]
    private partial void LogEmpty(string path);
}
