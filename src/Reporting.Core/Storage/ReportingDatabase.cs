using System.Data.Common;
using Reporting.ClickHouse;
using Reporting.Core.Schema;
using Reporting.Core.Sql;
using Reporting.DuckDb;

namespace Reporting.Core.Storage;

/// <summary>
/// The module's database: opened once per process, migrated to the newest schema on open, handing
/// out a connection per unit of work. On ClickHouse (<see cref="Warehouse"/>) the local DuckDB file
/// stages loads and keeps the module's own state; cube statements read the warehouse.
/// </summary>
public sealed class ReportingDatabase : IDisposable
{
    private readonly DuckDbDatabase database;
    private readonly ClickHouseWarehouse? warehouse;
    private readonly SemaphoreSlim writer = new(1, 1);
    private readonly Lazy<ScopedTables> scopedTables;
    private long writesFinished;

    private ReportingDatabase(DuckDbDatabase database, ClickHouseWarehouse? warehouse, DatabaseLocation location)
    {
        this.database = database;
        this.warehouse = warehouse;
        Location = location;
        scopedTables = new Lazy<ScopedTables>(() =>
        {
            using var connection = database.Connect();
            return ScopedTables.Read(connection);
        });
    }

    /// <summary>The local DuckDB file (the whole database unless <see cref="Warehouse"/> is set).</summary>
    public string Path => database.Path;

    public bool IsInMemory => database.Options.IsInMemory;

    public DatabaseLocation Location { get; }

    /// <summary>The ClickHouse database cube statements read, or null when DuckDB holds everything.</summary>
    public ClickHouseWarehouse? Warehouse => warehouse;

    /// <summary>The SQL of the engine cube statements run on (<see cref="ConnectWarehouse"/>): ClickHouse's with a warehouse (on its cluster, if any), else DuckDB's.</summary>
    public SqlDialect Dialect => warehouse is null ? SqlDialect.DuckDb
        : warehouse.Cluster is null ? SqlDialect.ClickHouse
        : SqlDialect.ClickHouseCluster;

    /// <summary>
    /// True when only this process changes the data version, so a count of this process's writes
    /// tells whether it may have changed; false on a ClickHouse server other servers may publish to.
    /// </summary>
    public bool DataVersionIsLocal => Location is not ClickHouseServer;

    /// <summary>Opens <paramref name="location"/> as <see cref="DatabaseLocation.Parse"/> reads it (a DuckDB path, chdb:DIR, clickhouse://…).</summary>
    public static ReportingDatabase Open(string location) =>
        Open(DatabaseLocation.Parse(location, "--db", Directory.GetCurrentDirectory(), "data/local.duckdb"), new DuckDbDatabaseOptions());

    public static ReportingDatabase OpenInMemory() => Open(new DuckDbDatabaseOptions());

    public static ReportingDatabase Open(DuckDbDatabaseOptions options) =>
        Open(new DuckDbFile(options.Path), options);

    /// <summary>Opens <paramref name="location"/>; the local DuckDB file takes <paramref name="tuning"/>'s memory and threads.</summary>
    public static ReportingDatabase Open(DatabaseLocation location, DuckDbDatabaseOptions tuning)
    {
        var options = tuning with { Path = location.LocalPath };
        var database = DuckDbDatabase.Open(options);
        ClickHouseWarehouse? warehouse = null;
        try
        {
            if (!options.ReadOnly)
            {
                using var connection = database.Connect();
                SchemaMigrator.Migrate(connection);
            }
            warehouse = OpenWarehouse(location);
            return new ReportingDatabase(database, warehouse, location);
        }
        catch
        {
            warehouse?.Dispose();
            database.Dispose();
            throw;
        }
    }

    private static ClickHouseWarehouse? OpenWarehouse(DatabaseLocation location) => location switch
    {
        EmbeddedClickHouse embedded => ClickHouseWarehouse.OpenEmbedded(embedded.EngineFolder, embedded.Database),
        ClickHouseServer server => ClickHouseWarehouse.OpenServer(server.Address),
        _ => null,
    };

    /// <summary>
    /// A connection for compiled cube statements: the warehouse's on ClickHouse, else as <see cref="Connect"/>.
    /// On ClickHouse the ambient scope's views do not exist: a statement must carry its scope itself,
    /// as the cube compiler's access restriction does.
    /// </summary>
    public DbConnection ConnectWarehouse() => warehouse?.Connect() ?? Connect();

    /// <summary>
    /// A connection reading the facts where the cubes read them (the warehouse on ClickHouse, else the
    /// file), restricted to the <see cref="AmbientReadScope.Current"/> of the work running now, as
    /// <see cref="Connect"/> is. The module's own state (users, subscriptions, the ledger …) stays in
    /// the file: read it through <see cref="Connect"/>.
    /// </summary>
    public FactConnection ConnectFacts()
    {
        if (warehouse is null)
        {
            return new FactConnection(Connect(), (sql, values) => (sql, values));
        }
        var scope = AmbientReadScope.Current;
        var dialect = Dialect;
        var tables = scopedTables.Value;
        var database = warehouse.Database;
        return new FactConnection(warehouse.Connect(), (sql, values) =>
            ScopedStatement.Restrict(tables, dialect.Statement(sql, values), values, scope, database, dialect));
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
    /// The data version cube answers are cached by: the warehouse's on ClickHouse (a load publishes
    /// its version there last, so a reader never pairs new data with an old version), else the file's.
    /// </summary>
    public long ReadDataVersion()
    {
        using var connection = warehouse?.Connect() ?? database.Connect();
        return DataVersion.Current(connection);
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
        warehouse?.Dispose();
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
