using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Reporting.Core.Storage;

namespace Reporting.Documents.Storage;

/// <summary>The configured database path, resolved against the content root, opened with the configured memory and threads.</summary>
public sealed class DatabaseFile(IOptions<StorageOptions> options, IHostEnvironment environment)
{
    public string Path { get; } = System.IO.Path.GetFullPath(options.Value.Database, environment.ContentRootPath);

    public ReportingDatabase Open() => ReportingDatabase.Open(new Reporting.DuckDb.DuckDbDatabaseOptions
    {
        Path = Path,
        MemoryLimit = options.Value.MemoryLimit,
        Threads = options.Value.Threads > 0 ? options.Value.Threads : Environment.ProcessorCount,
    });
}
