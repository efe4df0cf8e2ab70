using System.Data.Common;
using Reporting.ClickHouse;
using Reporting.Core.Schema;
using Reporting.Core.Warehouse;
using Reporting.DuckDb;

namespace Reporting.Core.Tests.Warehouse;

/// <summary>The warehouse's schema on embedded ClickHouse (chDB), versioned after the DuckDB schema it mirrors.</summary>
public sealed class WarehouseMigratorTests : IDisposable
{
    private static readonly ClickHouseSchema OneServer = new(cluster: null);

    private readonly DuckDbAndWarehouse engines = new();
    private readonly DbConnection duckDb;
    private readonly DbConnection clickHouse;

    public WarehouseMigratorTests()
    {
        duckDb = engines.DuckDb;
        clickHouse = engines.ClickHouse;
    }

    public void Dispose() => engines.Dispose();

    [Fact]
    public void A_new_warehouse_gets_every_table_at_the_DuckDB_schema_version_once()
    {
        var applied = WarehouseMigrator.Migrate(duckDb, clickHouse, OneServer);

        Assert.Equal(Enumerable.Range(1, MigrationCatalog.All.Count), applied);
        Assert.Equal(MigrationCatalog.All.Select(m => $"{m.Version}|{m.Name}"), EngineRows.Of(clickHouse, "schema_version", "version, name").OrderBy(r => int.Parse(r.Split('|')[0])));
        Assert.Equal(
            WarehouseTables.Read(duckDb).Select(t => t.Name).Concat(["detractor_responses", "survey_send_outcomes", "schema_version"]).Order(StringComparer.Ordinal),
            engines.WarehouseTableNames().Order(StringComparer.Ordinal));
        Assert.Equal("Nullable(DateTime64(6, 'UTC'))|MergeTree|account_id, created_at, ticket_id", Describe("fact_ticket", "solved_at"));
        Assert.Empty(WarehouseMigrator.Migrate(duckDb, clickHouse, OneServer));
    }

    [Fact]
    public void An_older_warehouse_gets_the_tables_and_columns_added_since_its_version()
    {
        WarehouseMigrator.Migrate(duckDb, clickHouse, OneServer);
        clickHouse.Execute("ALTER TABLE fact_survey_response DROP COLUMN send_id");
        clickHouse.Execute("DROP TABLE fact_revenue_movement SYNC");
        clickHouse.Execute("TRUNCATE TABLE schema_version");
        clickHouse.Execute("INSERT INTO schema_version VALUES (1, 'star_schema', now64(6)), (2, 'kpi_support', now64(6)), (3, 'signal_alerts', now64(6))");

        var applied = WarehouseMigrator.Migrate(duckDb, clickHouse, OneServer);

        Assert.Equal(Enumerable.Range(4, MigrationCatalog.All.Count - 3), applied);
        Assert.Equal("Nullable(String)|MergeTree|account_id, responded_at, response_id", Describe("fact_survey_response", "send_id"));
        Assert.Equal("Decimal(14, 2)|MergeTree|account_id, effective_on, movement_id", Describe("fact_revenue_movement", "arr_change"));
        Assert.Equal(MigrationCatalog.All.Count, WarehouseMigrator.CurrentVersion(clickHouse));
    }

    [Fact]
    public void A_warehouse_newer_than_the_DuckDB_database_is_refused()
    {
        WarehouseMigrator.Migrate(duckDb, clickHouse, OneServer);
        clickHouse.Execute("INSERT INTO schema_version VALUES (99, 'from_the_future', now64(6))");

        var error = Assert.Throws<InvalidOperationException>(() => WarehouseMigrator.Migrate(duckDb, clickHouse, OneServer));

        Assert.Equal(
            $"The ClickHouse warehouse is at schema version 99, newer than the DuckDB database it is published from ({MigrationCatalog.All.Count}). Use a newer build.",
            error.Message);
    }

    [Fact]
    public void Every_cluster_statement_parses_on_the_real_engine()
    {
        var cluster = new ClickHouseSchema("reporting");
        foreach (var table in WarehouseTables.Read(duckDb))
        {
            string[] statements =
            [
                .. cluster.CreateTable(table), .. cluster.CreateShadow(table), cluster.InsertIntoShadow(table), .. cluster.SyncShadowReplicas(table),
                cluster.ExchangeWithShadow(table), .. cluster.DropShadow(table), .. cluster.AddColumn(table, table.Columns[^1]),
            ];
            foreach (var statement in statements)
            {
                Assert.True(clickHouse.Query($"EXPLAIN AST {statement}").RowCount > 0, statement);
            }
        }
    }

    private string Describe(string table, string column) =>
        clickHouse.Query(
            "SELECT concat(c.type, '|', t.engine, '|', t.sorting_key) FROM system.columns AS c JOIN system.tables AS t ON t.database = c.database AND t.name = c.table " +
            $"WHERE c.database = currentDatabase() AND c.table = {ClickHouseNames.Literal(table)} AND c.name = {ClickHouseNames.Literal(column)}").Scalar() as string ?? "";
}
