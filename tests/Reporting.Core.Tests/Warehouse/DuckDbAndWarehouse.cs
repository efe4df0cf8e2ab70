using System.Data.Common;
using Reporting.ClickHouse;
using Reporting.Core.Storage;
using Reporting.DuckDb;
using Reporting.Tests.Chdb;

namespace Reporting.Core.Tests.Warehouse;

/// <summary>A migrated in-memory DuckDB database and an empty embedded ClickHouse database of its own, each with an open connection.</summary>
internal sealed class DuckDbAndWarehouse : IDisposable
{
    private readonly ReportingDatabase database = ReportingDatabase.OpenInMemory();

    public DuckDbAndWarehouse()
    {
        DuckDb = database.Connect();
        ClickHouse = Warehouse.Connect();
    }

    public DbConnection DuckDb { get; }

    public ClickHouseWarehouse Warehouse { get; } = TestWarehouses.Open();

    public DbConnection ClickHouse { get; }

    /// <summary>The tables and views of the warehouse's database (chDB holds other tests' databases too).</summary>
    public IReadOnlyList<string> WarehouseTableNames() =>
        [.. ClickHouse.Query("SELECT name FROM system.tables WHERE database = currentDatabase()").Column<string>("name").Values.ToArray()];

    public void Dispose()
    {
        ClickHouse.Dispose();
        Warehouse.Dispose();
        DuckDb.Dispose();
        database.Dispose();
    }
}
