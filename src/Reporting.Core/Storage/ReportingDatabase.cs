using Reporting.Core.Schema;
using Reporting.DuckDb;

namespace Reporting.Core.Storage;

/// <summary>
/// The module's DuckDB database: opened once per process, migrated to the newest schema on open,
/// handing out a connection per unit of work.
/// </summary>
public sealed class ReportingDatabase : IDisposable
{
    private readonly DuckDbDatabase database;

    private ReportingDatabase(DuckDbDatabase database) => this.database = database;

    public string Path => database.Path;

    public bool IsInMemory => database.Options.IsInMemory;

    public static ReportingDatabase Open(string path) => Open(new DuckDbDatabaseOptions { Path = path });

    public static ReportingDatabase OpenInMemory() => Open(new DuckDbDatabaseOptions());

    public static ReportingDatabase Open(DuckDbDatabaseOptions options)
    {
        var database = DuckDbDatabase.Open(options);
        try
        {
            if (!options.ReadOnly)
            {
                using var connection = database.Connect();
                SchemaMigrator.Migrate(connection);
            }
            return new ReportingDatabase(database);
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    public DuckDbConnection Connect() => database.Connect();

    public void Dispose() => database.Dispose();
}
