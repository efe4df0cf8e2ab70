namespace Reporting.Core.Warehouse;

/// <summary>
/// A table as the warehouse holds it: its columns, the MergeTree sort key (account, time, natural key)
/// and, on a cluster, the column its rows are sharded by (null: every shard holds a full copy).
/// </summary>
public sealed record WarehouseTable(string Name, IReadOnlyList<WarehouseColumn> Columns, IReadOnlyList<string> SortKey, string? ShardColumn)
{
    /// <summary>The DuckDB table or view its rows are exported from.</summary>
    public string Source { get; init; } = Name;

    /// <summary>For the rows of a DuckDB view some of whose columns read the clock: the ClickHouse view over this table that computes those at query time.</summary>
    public ClockView? View { get; init; }
}
