namespace Reporting.Core.Warehouse;

/// <summary>
/// A table as the warehouse holds it: its columns, the MergeTree sort key (account, time, natural key)
/// and, on a cluster, the column its rows are sharded by (null: every shard holds a full copy).
/// </summary>
public sealed record WarehouseTable(string Name, IReadOnlyList<WarehouseColumn> Columns, IReadOnlyList<string> SortKey, string? ShardColumn);
