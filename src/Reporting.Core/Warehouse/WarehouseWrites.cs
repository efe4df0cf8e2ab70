using System.Data.Common;
using Reporting.Core.Storage;

namespace Reporting.Core.Warehouse;

/// <summary>
/// How a write to the local DuckDB file reaches ClickHouse: every writer publishes the tables it
/// changed from inside its DuckDB transaction, just before the commit, so a publish that fails rolls
/// the write back and the two never disagree. Nothing happens when DuckDB holds everything.
/// </summary>
public static class WarehouseWrites
{
    /// <summary>Publishes <paramref name="tables"/> (those of them the warehouse holds), the settings and the data version.</summary>
    public static void PublishBeforeCommit(ReportingDatabase database, DbConnection duckDb, IReadOnlyList<string> tables, CancellationToken cancellationToken = default)
    {
        if (database.Warehouse is { } warehouse)
        {
            WarehousePublisher.Publish(duckDb, warehouse, [.. tables.Where(WarehouseTables.Names.Contains)], cancellationToken: cancellationToken);
        }
    }

    /// <summary>At start-up: brings a warehouse that missed a publish (or is new, its database too) level with the local file.</summary>
    public static void Synchronize(ReportingDatabase database)
    {
        if (database.Warehouse is { } warehouse)
        {
            warehouse.CreateDatabase();
            using var writer = database.AcquireWriter();
            using var duckDb = database.Connect();
            WarehousePublisher.Synchronize(duckDb, warehouse);
        }
    }
}
