using Reporting.Core.Warehouse;

namespace Reporting.Core.Tests.Warehouse;

/// <summary>The warehouse's DDL, exactly: one server (also run on chDB by the publish tests) and a cluster (text only: no cluster runs here).</summary>
public sealed class ClickHouseSchemaTests
{
    private static readonly WarehouseTable Ticket = new(
        "fact_ticket",
        [new("ticket_id", "String", false), new("account_id", "String", false), new("created_at", "DateTime64(6, 'UTC')", false), new("solved_at", "DateTime64(6, 'UTC')", true)],
        ["account_id", "created_at", "ticket_id"],
        "account_id");

    private static readonly WarehouseTable SlaTarget = new(
        "dim_sla_target", [new("priority", "String", false), new("resolution_hours", "Float64", false)], ["priority"], null);

    private static readonly WarehouseTable DataVersion = new(
        "data_version", [new("version", "Int64", false), new("changed_at", "DateTime64(6, 'UTC')", false)], [], null);

    private static readonly ClickHouseSchema OneServer = new(cluster: null);

    private static readonly ClickHouseSchema Cluster = new("reporting");

    [Fact]
    public void On_one_server_a_table_is_a_MergeTree_ordered_by_account_time_and_key()
    {
        Assert.Equal(
            ["""
             CREATE TABLE IF NOT EXISTS `fact_ticket` (
                 `ticket_id` String,
                 `account_id` String,
                 `created_at` DateTime64(6, 'UTC'),
                 `solved_at` Nullable(DateTime64(6, 'UTC'))
             )
             ENGINE = MergeTree
             ORDER BY (`account_id`, `created_at`, `ticket_id`)
             """],
            OneServer.CreateTable(Ticket));
        Assert.EndsWith("ENGINE = MergeTree\nORDER BY tuple()", Assert.Single(OneServer.CreateTable(DataVersion)), StringComparison.Ordinal);
    }

    [Fact]
    public void On_one_server_a_load_fills_a_shadow_and_exchanges_it()
    {
        Assert.StartsWith("CREATE TABLE IF NOT EXISTS `fact_ticket__shadow` (\n", Assert.Single(OneServer.CreateShadow(Ticket)), StringComparison.Ordinal);
        Assert.Equal("INSERT INTO `fact_ticket__shadow` (`ticket_id`, `account_id`, `created_at`, `solved_at`) FORMAT Parquet", OneServer.InsertIntoShadow(Ticket));
        Assert.Empty(OneServer.SyncShadowReplicas(Ticket));
        Assert.Equal("EXCHANGE TABLES `fact_ticket` AND `fact_ticket__shadow`", OneServer.ExchangeWithShadow(Ticket));
        Assert.Equal(["DROP TABLE IF EXISTS `fact_ticket__shadow` SYNC"], OneServer.DropShadow(Ticket));
        Assert.Equal(
            ["ALTER TABLE `fact_ticket` ADD COLUMN IF NOT EXISTS `solved_at` Nullable(DateTime64(6, 'UTC'))"],
            OneServer.AddColumn(Ticket, Ticket.Columns[3]));
    }

    [Fact]
    public void On_a_cluster_a_table_with_an_account_is_replicated_per_shard_behind_a_Distributed_table_sharded_by_the_account()
    {
        Assert.Equal(
            [
                """
                CREATE TABLE IF NOT EXISTS `fact_ticket_local` ON CLUSTER `reporting` (
                    `ticket_id` String,
                    `account_id` String,
                    `created_at` DateTime64(6, 'UTC'),
                    `solved_at` Nullable(DateTime64(6, 'UTC'))
                )
                ENGINE = ReplicatedMergeTree('/clickhouse/tables/{uuid}/{shard}', '{replica}')
                ORDER BY (`account_id`, `created_at`, `ticket_id`)
                """,
                """
                CREATE TABLE IF NOT EXISTS `fact_ticket` ON CLUSTER `reporting` AS `fact_ticket_local`
                ENGINE = Distributed('reporting', currentDatabase(), 'fact_ticket_local', cityHash64(`account_id`))
                """,
            ],
            Cluster.CreateTable(Ticket));
    }

    [Fact]
    public void On_a_cluster_a_load_fills_the_Distributed_shadow_in_the_foreground_and_exchanges_the_local_tables()
    {
        Assert.Equal(
            ["CREATE TABLE IF NOT EXISTS `fact_ticket__shadow_local` ON CLUSTER `reporting` (", "CREATE TABLE IF NOT EXISTS `fact_ticket__shadow` ON CLUSTER `reporting` AS `fact_ticket__shadow_local`"],
            Cluster.CreateShadow(Ticket).Select(s => s.Split('\n')[0]));
        Assert.Equal(
            "INSERT INTO `fact_ticket__shadow` (`ticket_id`, `account_id`, `created_at`, `solved_at`) SETTINGS distributed_foreground_insert = 1 FORMAT Parquet",
            Cluster.InsertIntoShadow(Ticket));
        Assert.Equal(["SYSTEM SYNC REPLICA ON CLUSTER `reporting` `fact_ticket__shadow_local`"], Cluster.SyncShadowReplicas(Ticket));
        Assert.Equal("EXCHANGE TABLES `fact_ticket_local` AND `fact_ticket__shadow_local` ON CLUSTER `reporting`", Cluster.ExchangeWithShadow(Ticket));
        Assert.Equal(
            ["DROP TABLE IF EXISTS `fact_ticket__shadow` ON CLUSTER `reporting` SYNC", "DROP TABLE IF EXISTS `fact_ticket__shadow_local` ON CLUSTER `reporting` SYNC"],
            Cluster.DropShadow(Ticket));
        Assert.Equal(
            [
                "ALTER TABLE `fact_ticket_local` ON CLUSTER `reporting` ADD COLUMN IF NOT EXISTS `solved_at` Nullable(DateTime64(6, 'UTC'))",
                "ALTER TABLE `fact_ticket` ON CLUSTER `reporting` ADD COLUMN IF NOT EXISTS `solved_at` Nullable(DateTime64(6, 'UTC'))",
            ],
            Cluster.AddColumn(Ticket, Ticket.Columns[3]));
    }

    [Fact]
    public void On_a_cluster_a_table_without_an_account_is_a_full_copy_on_every_shard()
    {
        Assert.Equal(
            ["""
             CREATE TABLE IF NOT EXISTS `dim_sla_target` ON CLUSTER `reporting` (
                 `priority` String,
                 `resolution_hours` Float64
             )
             ENGINE = ReplicatedMergeTree('/clickhouse/tables/{uuid}/all', '{shard}-{replica}')
             ORDER BY (`priority`)
             """],
            Cluster.CreateTable(SlaTarget));
        Assert.Equal("INSERT INTO `dim_sla_target__shadow` (`priority`, `resolution_hours`) FORMAT Parquet", Cluster.InsertIntoShadow(SlaTarget));
        Assert.Equal(["SYSTEM SYNC REPLICA ON CLUSTER `reporting` `dim_sla_target__shadow`"], Cluster.SyncShadowReplicas(SlaTarget));
        Assert.Equal("EXCHANGE TABLES `dim_sla_target` AND `dim_sla_target__shadow` ON CLUSTER `reporting`", Cluster.ExchangeWithShadow(SlaTarget));
    }

    [Fact]
    public void The_rows_of_a_view_reading_the_clock_are_read_through_a_view_that_computes_those_columns_when_read()
    {
        var rows = new WarehouseTable(
            "answers__rows",
            [new("account_id", "String", false), new("at", "DateTime64(6, 'UTC')", true), new("age", "Decimal(18, 6)", true), new("old", "Bool", true)],
            ["account_id"],
            "account_id")
        {
            View = new ClockView("answers", [new("age", "now64(6, 'UTC') - at"), new("old", "at < now64(6, 'UTC')")]),
        };

        Assert.Equal(
            """
            CREATE OR REPLACE VIEW `answers` AS
            SELECT * REPLACE (CAST(now64(6, 'UTC') - at AS Nullable(Decimal(18, 6))) AS `age`, CAST(at < now64(6, 'UTC') AS Nullable(Bool)) AS `old`)
            FROM `answers__rows`
            """,
            OneServer.CreateTable(rows)[^1]);
        Assert.Equal("CREATE OR REPLACE VIEW `answers` ON CLUSTER `reporting` AS", Cluster.CreateTable(rows)[^1].Split('\n')[0]);
        Assert.Single(OneServer.CreateShadow(rows));
        Assert.Equal("EXCHANGE TABLES `answers__rows` AND `answers__rows__shadow`", OneServer.ExchangeWithShadow(rows));
    }

    [Fact]
    public void A_cluster_name_that_is_not_a_plain_name_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new ClickHouseSchema("main' ; DROP"));

        Assert.Equal("The cluster name 'main' ; DROP' is not a plain name (letters, digits, underscores). (Parameter 'cluster')", error.Message);
    }
}
