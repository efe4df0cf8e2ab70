using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Reporting.Core.Storage;

namespace Reporting.Documents.Storage;

/// <summary>The configured database (Reporting:Database), resolved against the content root, opened with the configured memory and threads.</summary>
public sealed class DatabaseFile(IOptions<StorageOptions> options, IHostEnvironment environment)
{
    public DatabaseLocation Location { get; } = DatabaseLocation.Parse(
        options.Value.Database, "Reporting:Database", environment.ContentRootPath, options.Value.LocalDatabase);

    /// <summary>The local DuckDB file (the whole database unless it is on ClickHouse).</summary>
    public string Path => Location.LocalPath;

    public ReportingDatabase Open() => ReportingDatabase.Open(Location, new Reporting.DuckDb.DuckDbDatabaseOptions
    {
        MemoryLimit = options.Value.MemoryLimit,
        Threads = options.Value.Threads > 0 ? options.Value.Threads : Environment.ProcessorCount,
    });
}
