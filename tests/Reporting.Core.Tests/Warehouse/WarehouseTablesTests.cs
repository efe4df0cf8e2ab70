using Reporting.Core.Storage;
using Reporting.Core.Warehouse;
using Reporting.DuckDb;

namespace Reporting.Core.Tests.Warehouse;

public sealed class WarehouseTablesTests
{
    private static readonly IReadOnlyList<WarehouseTable> Tables = ReadFromMigratedDuckDb();

    [Fact]
    public void The_warehouse_holds_the_star_schema_the_settings_the_cubes_join_and_the_data_version()
    {
        Assert.Equal(
            [
                "dim_account", "dim_contact", "fact_ticket", "fact_survey_response", "fact_survey_send", "fact_engagement",
                "fact_meeting", "fact_detractor_case", "fact_feature_request", "fact_revenue_movement",
                "dim_sla_target", "dim_key_feature", "dim_survey_program",
                "engagement_activity", "detractor_responses__rows", "feature_request_groups", "survey_coverage_months", "survey_send_outcomes__rows",
                "data_version",
            ],
            Tables.Select(t => t.Name));
    }

    [Fact]
    public void Each_DuckDB_type_maps_to_the_ClickHouse_type_holding_its_values_and_NULL_only_where_DuckDB_allows_it()
    {
        var account = Table("dim_account");
        Assert.Equal(
            [
                "account_id String", "name String", "segment String", "region Nullable(String)", "industry Nullable(String)",
                "tier Nullable(String)", "arr Nullable(Decimal(14, 2))", "clv Nullable(Decimal(14, 2))", "seats Nullable(Int64)",
                "csm Nullable(String)", "onboarded_on Nullable(Date32)", "renewal_on Nullable(Date32)",
            ],
            account.Columns.Select(c => $"{c.Name} {c.Declaration}"));
        Assert.Equal("score Int64", Describe("fact_survey_response", "score"));
        Assert.Equal("held Nullable(Bool)", Describe("fact_meeting", "held"));
        Assert.Equal("first_response_minutes Float64", Describe("dim_sla_target", "first_response_minutes"));
        Assert.Equal("changed_at DateTime64(6, 'UTC')", Describe("data_version", "changed_at"));
        Assert.Equal("arr_change Decimal(14, 2)", Describe("fact_revenue_movement", "arr_change"));
    }

    [Fact]
    public void Rows_sort_by_account_then_time_then_natural_key_leaving_out_columns_that_may_be_NULL()
    {
        Assert.Equal(["account_id", "created_at", "ticket_id"], Table("fact_ticket").SortKey);
        Assert.Equal(["account_id", "occurred_at", "user_id", "event"], Table("fact_engagement").SortKey);
        Assert.Equal(["account_id"], Table("dim_account").SortKey);
        Assert.Equal(["account_id", "contact_id"], Table("dim_contact").SortKey);
        Assert.Equal(["opened_at", "case_id"], Table("fact_detractor_case").SortKey);
        Assert.Equal(["priority"], Table("dim_sla_target").SortKey);
        Assert.Empty(Table("data_version").SortKey);
    }

    [Fact]
    public void Tables_with_an_account_shard_by_it_and_the_others_are_copied_to_every_shard()
    {
        Assert.Equal(
            ["dim_account", "dim_contact", "fact_ticket", "fact_survey_response", "fact_survey_send", "fact_engagement",
             "fact_meeting", "fact_feature_request", "fact_revenue_movement",
             "engagement_activity", "detractor_responses__rows", "feature_request_groups", "survey_coverage_months", "survey_send_outcomes__rows"],
            Tables.Where(t => t.ShardColumn == "account_id").Select(t => t.Name));
        Assert.All(Tables.Where(t => t.ShardColumn is null), t => Assert.DoesNotContain(t.Columns, c => c.Name == "account_id"));
    }

    [Fact]
    public void The_rows_of_a_view_are_nullable_but_for_the_account_and_a_view_reading_the_clock_gets_a_ClickHouse_view_computing_those_columns()
    {
        var coverage = Table("survey_coverage_months");
        Assert.Equal(["account_id String", "month Nullable(DateTime64(6, 'UTC'))", "covered Nullable(Bool)", "key_stakeholder_covered Nullable(Bool)"],
            coverage.Columns.Select(c => $"{c.Name} {c.Declaration}"));
        Assert.Equal(["account_id"], coverage.SortKey);
        Assert.Equal(("account_id", "survey_coverage_months", (ClockView?)null), (coverage.ShardColumn, coverage.Source, coverage.View));
        Assert.Equal("detractor_responses", Table("detractor_responses__rows").Source);
        Assert.Equal("detractor_responses", Table("detractor_responses__rows").View?.Name);
        Assert.Equal(["hours_since_response"], Table("detractor_responses__rows").View!.Columns.Select(c => c.Name));
        Assert.Equal(["nonresponder", "followup_due"], Table("survey_send_outcomes__rows").View!.Columns.Select(c => c.Name));
    }

    [Fact]
    public void A_DuckDB_type_without_a_mapping_is_refused_naming_the_column()
    {
        using var database = ReportingDatabase.OpenInMemory();
        using var connection = database.Connect();
        connection.Execute("ALTER TABLE dim_key_feature ADD COLUMN weights DOUBLE[]");

        var error = Assert.Throws<InvalidOperationException>(() => WarehouseTables.Read(connection));

        Assert.Equal("Column dim_key_feature.weights is DOUBLE[] in DuckDB, a type the ClickHouse warehouse has no mapping for.", error.Message);
    }

    private static WarehouseTable Table(string name) => Tables.Single(t => t.Name == name);

    private static string Describe(string table, string column) =>
        $"{column} {Table(table).Columns.Single(c => c.Name == column).Declaration}";

    private static IReadOnlyList<WarehouseTable> ReadFromMigratedDuckDb()
    {
        using var database = ReportingDatabase.OpenInMemory();
        using var connection = database.Connect();
        return WarehouseTables.Read(connection);
    }
}
