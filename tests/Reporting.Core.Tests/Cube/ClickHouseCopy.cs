using System.Data.Common;
using Reporting.ClickHouse;
using Reporting.Core.Storage;
using Reporting.DuckDb;
using Reporting.Tests.Chdb;

namespace Reporting.Core.Tests.Cube;

/// <summary>
/// Tables of a DuckDB database copied into embedded ClickHouse (chDB) as they are: each exported as
/// Parquet and made a MergeTree table from it, so a compiled ClickHouse statement reads the same
/// rows as its DuckDB twin. (The module's own ClickHouse schema and publish are tested apart.)
/// </summary>
internal sealed class ClickHouseCopy : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("reporting-clickhouse-copy-").FullName;
    private readonly bool ownsWarehouse;

    /// <summary>Into a warehouse of its own.</summary>
    public ClickHouseCopy(ReportingDatabase duckDb, IEnumerable<string> tables)
        : this(duckDb, tables, TestWarehouses.Open(), ownsWarehouse: true)
    {
    }

    /// <summary>Into <paramref name="warehouse"/> (a ClickHouse database's own), which stays its owner's.</summary>
    public ClickHouseCopy(ReportingDatabase duckDb, IEnumerable<string> tables, ClickHouseWarehouse warehouse, bool ownsWarehouse = false)
    {
        Warehouse = warehouse;
        this.ownsWarehouse = ownsWarehouse;
        using var source = duckDb.Connect();
        using var target = Warehouse.Connect();
        foreach (var table in tables)
        {
            var file = Path.Combine(folder, table + ".parquet");
            source.Execute($"COPY \"{table}\" TO '{file}' (FORMAT parquet)");
            target.Execute($"CREATE TABLE \"{table}\" ENGINE = MergeTree ORDER BY tuple() AS SELECT * FROM file('{file}', Parquet)");
        }
    }

    public ClickHouseWarehouse Warehouse { get; }

    public DbConnection Connect() => Warehouse.Connect();

    public void Dispose()
    {
        if (ownsWarehouse)
        {
            Warehouse.Dispose();
        }
        Directory.Delete(folder, recursive: true);
    }
}
