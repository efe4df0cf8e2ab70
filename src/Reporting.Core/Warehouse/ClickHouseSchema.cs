using Reporting.ClickHouse;
using Reporting.Core.Sql;

namespace Reporting.Core.Warehouse;

/// <summary>
/// The ClickHouse statements that make, fill and swap the warehouse's tables, on one server or on a
/// cluster. On one server each table is a MergeTree. On a cluster every statement runs ON CLUSTER:
/// a table with an account holds its rows in a ReplicatedMergeTree <c>name_local</c> on each shard,
/// read and written through a Distributed table <c>name</c> sharded by the account, so an account's
/// facts and dimension rows lie on one shard; a table without an account (the settings) is a
/// ReplicatedMergeTree holding a full copy on every shard.
/// A load fills a shadow (<c>name__shadow</c>), which is then exchanged with the table.
/// </summary>
public sealed class ClickHouseSchema
{
    public const string ShadowSuffix = "__shadow";

    public const string LocalSuffix = "_local";

    public ClickHouseSchema(string? cluster)
    {
        if (cluster is not null && !SqlIdentifier.IsValid(cluster))
        {
            throw new ArgumentException($"The cluster name '{cluster}' is not a plain name (letters, digits, underscores).", nameof(cluster));
        }
        Cluster = cluster;
    }

    public string? Cluster { get; }

    public static string Shadow(string table) => table + ShadowSuffix;

    /// <summary>Makes the table (on a cluster its local tables and the Distributed one), and the view reading it when it has one.</summary>
    public IReadOnlyList<string> CreateTable(WarehouseTable table) =>
        table.View is { } view ? [.. Create(table, table.Name), CreateView(table, view)] : Create(table, table.Name);

    public IReadOnlyList<string> CreateShadow(WarehouseTable table) => Create(table, Shadow(table.Name));

    /// <summary>Drops the shadow, and on a cluster its local tables, at once (SYNC), so its name is free again.</summary>
    public IReadOnlyList<string> DropShadow(WarehouseTable table) =>
        [.. StoredTables(table, Shadow(table.Name)).Reverse().Select(name => $"DROP TABLE IF EXISTS {ClickHouseNames.Quote(name)}{OnCluster} SYNC")];

    /// <summary>
    /// The INSERT a Parquet file is posted with. On a cluster the Distributed table forwards the rows
    /// to the shards before answering (not in the background), so the exchange that follows sees them.
    /// </summary>
    public string InsertIntoShadow(WarehouseTable table)
    {
        var columns = string.Join(", ", table.Columns.Select(c => ClickHouseNames.Quote(c.Name)));
        var settings = Cluster is not null && table.ShardColumn is not null ? " SETTINGS distributed_foreground_insert = 1" : "";
        return $"INSERT INTO {ClickHouseNames.Quote(Shadow(table.Name))} ({columns}){settings} FORMAT Parquet";
    }

    /// <summary>On a cluster, waits until every replica of the shadow holds the inserted rows; nothing on one server.</summary>
    public IReadOnlyList<string> SyncShadowReplicas(WarehouseTable table) => Cluster is null
        ? []
        : [$"SYSTEM SYNC REPLICA{OnCluster} {ClickHouseNames.Quote(StoredTables(table, Shadow(table.Name))[0])}"];

    /// <summary>Swaps the table and its shadow atomically; on a cluster the Distributed table keeps pointing at <c>name_local</c>.</summary>
    public string ExchangeWithShadow(WarehouseTable table) =>
        $"EXCHANGE TABLES {ClickHouseNames.Quote(StoredTables(table, table.Name)[0])} AND {ClickHouseNames.Quote(StoredTables(table, Shadow(table.Name))[0])}{OnCluster}";

    /// <summary>Adds a column a newer DuckDB schema has, to the stored table and (on a cluster) its Distributed table.</summary>
    public IReadOnlyList<string> AddColumn(WarehouseTable table, WarehouseColumn column) =>
        [.. StoredTables(table, table.Name).Select(name =>
            $"ALTER TABLE {ClickHouseNames.Quote(name)}{OnCluster} ADD COLUMN IF NOT EXISTS {ClickHouseNames.Quote(column.Name)} {column.Declaration}")];

    private string OnCluster => Cluster is null ? "" : $" ON CLUSTER {ClickHouseNames.Quote(Cluster)}";

    private bool IsDistributed(WarehouseTable table) => Cluster is not null && table.ShardColumn is not null;

    /// <summary>The tables behind a name, the one holding the rows first: on a cluster <c>name_local</c> and the Distributed <c>name</c>.</summary>
    private IReadOnlyList<string> StoredTables(WarehouseTable table, string name) =>
        IsDistributed(table) ? [name + LocalSuffix, name] : [name];

    private IReadOnlyList<string> Create(WarehouseTable table, string name)
    {
        var stored = StoredTables(table, name);
        var create = $"""
            CREATE TABLE IF NOT EXISTS {ClickHouseNames.Quote(stored[0])}{OnCluster} (
            {string.Join(",\n", table.Columns.Select(c => $"    {ClickHouseNames.Quote(c.Name)} {c.Declaration}"))}
            )
            ENGINE = {Engine(table)}
            ORDER BY {SortKey(table)}
            """;
        return IsDistributed(table) ? [create, Distributed(table, name)] : [create];
    }

    /// <summary>
    /// {uuid} gives each table (and each shadow) its own replication path, so a shadow exchanged under
    /// another name never collides with the path of a table made later; ON CLUSTER gives every replica the same uuid.
    /// A full copy replicates across shards too, so its replica name has the shard in it.
    /// </summary>
    private string Engine(WarehouseTable table) => Cluster is null
        ? "MergeTree"
        : table.ShardColumn is not null
            ? "ReplicatedMergeTree('/clickhouse/tables/{uuid}/{shard}', '{replica}')"
            : "ReplicatedMergeTree('/clickhouse/tables/{uuid}/all', '{shard}-{replica}')";

    /// <summary>
    /// Each computed column is cast to the stored column's type (a comparison gives UInt8 where the
    /// rows hold Bool). Replaced, not kept, so a build whose expressions changed puts its own in place.
    /// </summary>
    private string CreateView(WarehouseTable table, ClockView view)
    {
        var columns = view.Columns.Select(c =>
            $"CAST({c.Expression} AS {table.Columns.Single(stored => stored.Name == c.Name).Declaration}) AS {ClickHouseNames.Quote(c.Name)}");
        return $"CREATE OR REPLACE VIEW {ClickHouseNames.Quote(view.Name)}{OnCluster} AS\n" +
            $"SELECT * REPLACE ({string.Join(", ", columns)})\n" +
            $"FROM {ClickHouseNames.Quote(table.Name)}";
    }

    private string Distributed(WarehouseTable table, string name) =>
        $"CREATE TABLE IF NOT EXISTS {ClickHouseNames.Quote(name)}{OnCluster} AS {ClickHouseNames.Quote(name + LocalSuffix)}\n" +
        $"ENGINE = Distributed({ClickHouseNames.Literal(Cluster!)}, currentDatabase(), {ClickHouseNames.Literal(name + LocalSuffix)}, cityHash64({ClickHouseNames.Quote(table.ShardColumn!)}))";

    private static string SortKey(WarehouseTable table) => table.SortKey.Count == 0
        ? "tuple()"
        : $"({string.Join(", ", table.SortKey.Select(ClickHouseNames.Quote))})";
}
