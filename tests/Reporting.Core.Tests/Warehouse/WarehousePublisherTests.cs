using System.Data.Common;
using Reporting.ClickHouse;
using Reporting.Core.Storage;
using Reporting.Core.Warehouse;
using Reporting.DuckDb;
using Reporting.Tests.Chdb;

namespace Reporting.Core.Tests.Warehouse;

/// <summary>Publishing from a DuckDB database to embedded ClickHouse (chDB) through ClickHouse.Driver: the real engine, in process.</summary>
public sealed class WarehousePublisherTests : IDisposable
{
    private const string Hostile = "it's \"q\" \\ `x` </script>\t\n\u0001 é 😀'); DROP TABLE dim_account; --";

    private readonly DuckDbAndWarehouse engines = new();
    private readonly DbConnection duckDb;
    private readonly DbConnection clickHouse;

    public WarehousePublisherTests()
    {
        duckDb = engines.DuckDb;
        clickHouse = engines.ClickHouse;
        duckDb.Execute("""
            INSERT INTO dim_account (account_id, name, segment, region, arr, seats, onboarded_on)
            VALUES ('A1', 'Acme', 'SMB', NULL, 1234.50, 12, DATE '2024-05-01')
            """);
        duckDb.Execute("INSERT INTO dim_account (account_id, name, segment, region) VALUES ('A2', $1, 'Enterprise', 'EMEA')", Hostile);
        duckDb.Execute("""
            INSERT INTO fact_ticket (ticket_id, account_id, priority, created_at, status, reopens)
            VALUES ('T1', 'A1', 'P1', TIMESTAMP '2026-01-31 23:59:59.123456', 'open', 2)
            """);
        duckDb.Execute("""
            INSERT INTO fact_ticket (ticket_id, account_id, contact_id, priority, created_at, solved_at, status)
            VALUES ('T2', 'A2', $1, 'P3', TIMESTAMP '2026-02-01 00:00:00', TIMESTAMP '2026-02-02 12:30:00', 'solved')
            """, Hostile);
        duckDb.Execute("INSERT INTO fact_meeting VALUES ('M1', 'A1', 'QBR', TIMESTAMP '2026-03-01 10:00:00', true, NULL)");
        duckDb.Execute("INSERT INTO fact_engagement VALUES ('A1', 'U1', TIMESTAMP '2026-02-03 09:00:00', 'login')");
        duckDb.Execute("INSERT INTO fact_feature_request VALUES ('F1', 'A1', 'C1', 'dashboards', TIMESTAMP '2026-02-01 00:00:00')");
        duckDb.Execute("""
            INSERT INTO fact_survey_response (response_id, account_id, contact_id, survey_type, survey_kind, score, comment, responded_at)
            VALUES ('R1', 'A1', 'C1', 'nps', 'relational', 3, $1, TIMESTAMP '2026-01-10 09:00:00')
            """, Hostile);
        duckDb.Execute("""
            INSERT INTO fact_survey_send (send_id, account_id, contact_id, survey_type, survey_kind, sent_at) VALUES
                ('S1', 'A1', 'C1', 'nps', 'relational', TIMESTAMP '2026-01-01 00:00:00'),
                ('S2', 'A2', NULL, 'csat', NULL, (now() AT TIME ZONE 'UTC') - INTERVAL 1 DAY)
            """);
        DataVersion.Bump(duckDb);
    }

    public void Dispose() => engines.Dispose();

    [Fact]
    public void Every_table_holds_in_ClickHouse_the_rows_DuckDB_holds_NULLs_and_hostile_strings_included()
    {
        var published = WarehousePublisher.Publish(duckDb, clickHouse, null, WarehouseTables.Names);

        Assert.Equal(
            [
                "dim_account 2", "dim_contact 0", "fact_ticket 2", "fact_survey_response 1", "fact_survey_send 2", "fact_engagement 1",
                "fact_meeting 1", "fact_detractor_case 0", "fact_feature_request 1", "fact_revenue_movement 0",
                "dim_sla_target 4", "dim_key_feature 8", "dim_survey_program 1",
                "engagement_activity 3", "detractor_responses__rows 1", "feature_request_groups 1", "survey_coverage_months 24", "survey_send_outcomes__rows 2",
                "data_version 1",
            ],
            published.Select(p => $"{p.Table} {p.Rows}"));
        Assert.Equal(
            ["A1|Acme|SMB|NULL|1234.50|12|2024-05-01", $"A2|{Hostile}|Enterprise|EMEA|NULL|NULL|NULL"],
            EngineRows.Of(clickHouse, "dim_account", "account_id, name, segment, region, arr, seats, onboarded_on"));
        Assert.Equal(
            ["T1|NULL|2026-01-31 23:59:59.123456|NULL|2", $"T2|{Hostile}|2026-02-01|2026-02-02 12:30:00.000000|0"],
            EngineRows.Of(clickHouse, "fact_ticket", "ticket_id, contact_id, created_at, solved_at, reopens"));
        Assert.Equal(["M1|true|NULL"], EngineRows.Of(clickHouse, "fact_meeting", "meeting_id, held, key_stakeholder_attended"));
        foreach (var table in WarehouseTables.Names.Concat(DerivedTables.Views).Where(t => t != "detractor_responses"))
        {
            Assert.Equal(string.Join("\n", EngineRows.Of(duckDb, table)), string.Join("\n", EngineRows.Of(clickHouse, table)));
        }
        Assert.Equal(1L, DataVersion.Current(clickHouse));
        Assert.Empty(Shadows());
    }

    [Fact]
    public void The_views_reading_the_clock_compute_those_columns_when_read_as_DuckDB_does()
    {
        WarehousePublisher.Publish(duckDb, clickHouse, null, ["fact_survey_response", "fact_survey_send"]);

        Assert.Equal(["S1|true|true", "S2|false|false"], EngineRows.Of(clickHouse, "survey_send_outcomes", "send_id, nonresponder, followup_due"));
        Assert.Equal(EngineRows.Of(duckDb, "survey_send_outcomes"), EngineRows.Of(clickHouse, "survey_send_outcomes"));
        var stable = "response_id, account_id, score, case_id, contact_bucket, followed_up";
        Assert.Equal(["R1|A1|3|NULL|no contact|NULL"], EngineRows.Of(clickHouse, "detractor_responses", stable));
        Assert.Equal(EngineRows.Of(duckDb, "detractor_responses", stable), EngineRows.Of(clickHouse, "detractor_responses", stable));
    }

    [Fact]
    public void The_clock_columns_stored_with_the_rows_are_not_what_the_views_answer()
    {
        WarehousePublisher.Publish(duckDb, clickHouse, null, []);
        clickHouse.Execute("""
            INSERT INTO survey_send_outcomes__rows (send_id, account_id, sent_at, followed_up_in_time, nonresponder, followup_due)
            VALUES ('S9', 'A1', '2026-01-01 00:00:00', false, false, false)
            """);
        clickHouse.Execute("INSERT INTO detractor_responses__rows (response_id, account_id, responded_at, hours_since_response) VALUES ('R9', 'A1', '2026-01-01 00:00:00', -1)");
        var hoursBefore = (double)duckDb.Query("SELECT epoch((now() AT TIME ZONE 'UTC') - TIMESTAMP '2026-01-01 00:00:00') / 3600.0").Scalar()!;

        var hours = (double)clickHouse.Query("SELECT hours_since_response FROM detractor_responses WHERE response_id = 'R9'").Scalar()!;

        Assert.InRange(hours - hoursBefore, 0, 1);
        Assert.Equal(["S9|true|true"], EngineRows.Of(clickHouse, "survey_send_outcomes", "send_id, nonresponder, followup_due").Where(r => r.StartsWith("S9", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_tables_named_are_published_in_the_catalog_order_then_the_settings_and_derived_tables_and_the_data_version_last()
    {
        var progress = new RecordedProgress();

        var published = WarehousePublisher.Publish(duckDb, clickHouse, null, ["fact_ticket", "dim_account", "fact_ticket"], progress);

        Assert.Equal(
            ["dim_account 1/11", "fact_ticket 2/11", "dim_sla_target 3/11", "dim_key_feature 4/11", "dim_survey_program 5/11",
             "engagement_activity 6/11", "detractor_responses__rows 7/11", "feature_request_groups 8/11",
             "survey_coverage_months 9/11", "survey_send_outcomes__rows 10/11", "data_version 11/11"],
            published.Select(p => $"{p.Table} {p.Index}/{p.Count}"));
        Assert.Equal(published, progress.Reports);
        Assert.Empty(EngineRows.Of(clickHouse, "fact_meeting"));
        Assert.Equal(1L, DataVersion.Current(clickHouse));
    }

    [Fact]
    public void Publishing_to_a_server_posts_the_Parquet_over_HTTP()
    {
        using var server = new LoopbackClickHouse(engines.Warehouse);
        using var remote = ClickHouseWarehouse.OpenServer(ClickHouseServerAddress.Parse(server.Address));

        WarehousePublisher.Publish(duckDb, remote, ["dim_account", "fact_ticket"]);

        Assert.Equal(EngineRows.Of(duckDb, "fact_ticket"), EngineRows.Of(clickHouse, "fact_ticket"));
        Assert.Equal($"A2|{Hostile}", Assert.Single(EngineRows.Of(clickHouse, "dim_account", "account_id, name"), r => r.StartsWith("A2", StringComparison.Ordinal)));
        Assert.True(server.Requests > 0);
    }

    [Fact]
    public void A_later_publish_replaces_the_tables_it_names_and_moves_the_data_version()
    {
        WarehousePublisher.Publish(duckDb, clickHouse, null, ["dim_account", "fact_ticket"]);
        duckDb.Execute("DELETE FROM fact_ticket WHERE ticket_id = 'T1'");
        duckDb.Execute("INSERT INTO fact_ticket (ticket_id, account_id, priority, created_at) VALUES ('T3', 'A1', 'P2', TIMESTAMP '2026-04-01 08:00:00')");
        DataVersion.Bump(duckDb);

        WarehousePublisher.Publish(duckDb, clickHouse, null, ["fact_ticket"]);

        Assert.Equal(["T2", "T3"], EngineRows.Of(clickHouse, "fact_ticket", "ticket_id"));
        Assert.Equal(["A1", "A2"], EngineRows.Of(clickHouse, "dim_account", "account_id"));
        Assert.Equal(2L, DataVersion.Current(clickHouse));
        Assert.Empty(Shadows());
    }

    [Fact]
    public void A_publish_inside_the_load_transaction_publishes_the_rows_the_load_has_not_committed_yet()
    {
        using (var load = duckDb.BeginTransaction())
        {
            duckDb.Execute("INSERT INTO fact_ticket (ticket_id, account_id, priority, created_at) VALUES ('T3', 'A1', 'P2', TIMESTAMP '2026-04-01 08:00:00')");
            DataVersion.Bump(duckDb);

            WarehousePublisher.Publish(duckDb, clickHouse, null, ["fact_ticket"]);
            load.Commit();
        }

        Assert.Equal(["T1", "T2", "T3"], EngineRows.Of(clickHouse, "fact_ticket", "ticket_id"));
        Assert.Equal(2L, DataVersion.Current(clickHouse));
    }

    [Fact]
    public void A_table_ClickHouse_refuses_leaves_every_table_and_the_data_version_as_they_were()
    {
        WarehousePublisher.Publish(duckDb, clickHouse, null, ["fact_ticket", "fact_revenue_movement"]);
        duckDb.Execute("INSERT INTO fact_ticket (ticket_id, account_id, priority, created_at) VALUES ('T3', 'A1', 'P2', TIMESTAMP '2026-04-01 08:00:00')");
        duckDb.Execute("INSERT INTO fact_revenue_movement VALUES ('R1', 'A1', DATE '9999-12-31', 'new', 100.00, NULL)");
        DataVersion.Bump(duckDb);

        var error = Assert.Throws<InvalidOperationException>(() => WarehousePublisher.Publish(duckDb, clickHouse, null, ["fact_ticket", "fact_revenue_movement"]));

        Assert.StartsWith("Publishing fact_revenue_movement to ClickHouse failed, so no table there changed: Code: 321.", error.Message, StringComparison.Ordinal);
        Assert.Contains("out of allowed Date32 range", error.Message, StringComparison.Ordinal);
        Assert.Equal(["T1", "T2"], EngineRows.Of(clickHouse, "fact_ticket", "ticket_id"));
        Assert.Empty(EngineRows.Of(clickHouse, "fact_revenue_movement"));
        Assert.Equal(1L, DataVersion.Current(clickHouse));
        Assert.Empty(Shadows());
    }

    [Fact]
    public void Shadows_left_by_a_publish_that_was_killed_are_dropped_by_the_next()
    {
        var schema = new ClickHouseSchema(cluster: null);
        WarehouseMigrator.Migrate(duckDb, clickHouse, schema);
        foreach (var table in WarehouseTables.Read(duckDb).Where(t => t.Name is "fact_ticket" or "dim_contact"))
        {
            clickHouse.Run(schema.CreateShadow(table));
        }
        clickHouse.Execute("INSERT INTO fact_ticket__shadow (ticket_id, account_id, priority, created_at, status, reopens) VALUES ('HALF', 'A9', 'P1', now64(6), 'new', 0)");

        WarehousePublisher.Publish(duckDb, clickHouse, null, ["fact_ticket"]);

        Assert.Equal(["T1", "T2"], EngineRows.Of(clickHouse, "fact_ticket", "ticket_id"));
        Assert.Empty(Shadows());
    }

    [Fact]
    public void At_start_up_a_new_or_behind_warehouse_gets_every_table_and_a_level_one_nothing()
    {
        var first = WarehousePublisher.Synchronize(duckDb, engines.Warehouse);
        var level = WarehousePublisher.Synchronize(duckDb, engines.Warehouse);
        // A write whose publish never happened (the process died before it): DuckDB's version moved on.
        duckDb.Execute("UPDATE dim_survey_program SET followup_after_days = 30");
        DataVersion.Bump(duckDb);
        var behind = WarehousePublisher.Synchronize(duckDb, engines.Warehouse);

        var everyTable = WarehouseTables.Read(duckDb).Select(t => t.Name).ToList();
        Assert.Equal(everyTable, first.Select(p => p.Table));
        Assert.Empty(level);
        Assert.Equal(everyTable, behind.Select(p => p.Table));
        Assert.Equal(EngineRows.Of(duckDb, "fact_ticket"), EngineRows.Of(clickHouse, "fact_ticket"));
        Assert.Equal(["30"], EngineRows.Of(clickHouse, "dim_survey_program", "followup_after_days"));
        Assert.Equal(DataVersion.Current(duckDb), DataVersion.Current(clickHouse));
    }

    [Fact]
    public void A_table_the_warehouse_does_not_hold_is_refused_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => WarehousePublisher.Publish(duckDb, clickHouse, null, ["fact_ticket", "team_credential"]));

        Assert.StartsWith("'team_credential' is not a table of the warehouse. Tables: dim_account, dim_contact, fact_ticket,", error.Message, StringComparison.Ordinal);
    }

    private IReadOnlyList<string> Shadows() =>
        [.. engines.WarehouseTableNames().Where(name => name.Contains(ClickHouseSchema.ShadowSuffix, StringComparison.Ordinal))];

    /// <summary>Records each report as it is made (Progress&lt;T&gt; would post it to the thread pool).</summary>
    private sealed class RecordedProgress : IProgress<PublishedTable>
    {
        public List<PublishedTable> Reports { get; } = [];

        public void Report(PublishedTable value) => Reports.Add(value);
    }
}
