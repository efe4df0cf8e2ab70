using System.Data.Common;
using Reporting.Core.Schema;
using Reporting.Core.Sql;
using Reporting.DuckDb;

namespace Reporting.Core.Storage;

/// <summary>
/// The module's DuckDB database: opened once per process, migrated to the newest schema on open,
/// handing out a connection per unit of work.
/// </summary>
public sealed class ReportingDatabase : IDisposable
{
    private readonly DuckDbDatabase database;
    private readonly SemaphoreSlim writer = new(1, 1);
    private readonly Lazy<ScopedTables> scopedTables;
    private long writesFinished;

    private ReportingDatabase(DuckDbDatabase database)
    {
        this.database = database;
        scopedTables = new Lazy<ScopedTables>(() =>
        {
            using var connection = database.Connect();
            return ScopedTables.Read(connection);
        });
    }

    public string Path => database.Path;

    public bool IsInMemory => database.Options.IsInMemory;

    /// <summary>The SQL of the engine the cube queries run on: DuckDB's unless the database says otherwise.</summary>
    public SqlDialect Dialect { get; init; } = SqlDialect.DuckDb;

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

    /// <summary>
    /// A connection for the work running now, restricted to its <see cref="AmbientReadScope.Current"/>
    /// (the caller's access scope): a scoped caller's connection sees only the accounts of their scope, in every table.
    /// </summary>
    public DbConnection Connect()
    {
        var connection = database.Connect();
        var scope = AmbientReadScope.Current;
        if (scope is null || scope.ReadsEverything)
        {
            return connection;
        }
        try
        {
            scopedTables.Value.Apply(connection, scope);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Loads go through one writer at a time (two would conflict on the same keys); readers never
    /// wait: DuckDB serves them the last committed data while a load runs.
    /// </summary>
    public IDisposable AcquireWriter(CancellationToken cancellationToken = default)
    {
        writer.Wait(cancellationToken);
        return new WriterLease(this);
    }

    /// <summary>
    /// How many writers have released the lock, each after its commit or rollback. Every write
    /// holds the writer and DuckDB lets no other process write the file while this one has it
    /// open, so while this count stays the same the data version does too: a cache can skip
    /// asking the database for it (a query per cached answer otherwise).
    /// </summary>
    public long WritesFinished => Interlocked.Read(ref writesFinished);

    public void Dispose()
    {
        database.Dispose();
        writer.Dispose();
    }

    private sealed class WriterLease(ReportingDatabase database) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                // Counted before the next writer may start, so a reader that sees the count sees the commit too.
                Interlocked.Increment(ref database.writesFinished);
                database.writer.Release();
            }
        }
    }
}
