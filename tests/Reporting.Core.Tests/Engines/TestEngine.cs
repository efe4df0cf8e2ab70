using Reporting.Core.Storage;
using Reporting.Core.Warehouse;
using Reporting.DuckDb;
using Reporting.Tests.Chdb;

namespace Reporting.Core.Tests.Engines;

/// <summary>The engines the KPI, cube and rollup suites run on: each suite is one abstract class with a subclass per engine.</summary>
public enum TestEngine
{
    DuckDb,

    /// <summary>Embedded ClickHouse (chDB): the fixture's rows go into the local DuckDB file and are published, as a load's are.</summary>
    ClickHouse,
}

public static class TestEngines
{
    /// <summary>
    /// A migrated database on <paramref name="engine"/>, empty: DuckDB in memory, or a ClickHouse
    /// database of its own, its tables made as a start-up makes them.
    /// </summary>
    public static ReportingDatabase Open(TestEngine engine, int? threads = null)
    {
        var tuning = new DuckDbDatabaseOptions { Threads = threads };
        if (engine == TestEngine.DuckDb)
        {
            return ReportingDatabase.Open(tuning);
        }
        var database = ReportingDatabase.Open(DatabaseLocation.Parse(TestWarehouses.NewLocation(), "test", Path.GetTempPath(), "unused.duckdb"), tuning);
        WarehouseWrites.Synchronize(database);
        return database;
    }

    /// <summary>
    /// Publishes <paramref name="tables"/> (every warehouse table unless given) from the local DuckDB
    /// database to the warehouse, as a load does after its checks; nothing on DuckDB alone.
    /// </summary>
    public static void Publish(ReportingDatabase database, IReadOnlyList<string>? tables = null)
    {
        if (database.Warehouse is { } warehouse)
        {
            using var duckDb = database.Connect();
            WarehousePublisher.Publish(duckDb, warehouse, tables ?? WarehouseTables.Names);
        }
    }
}
