using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Dashboards;
using Reporting.Core.Tests.Kpis;

namespace Reporting.Core.Tests.Dashboards;

/// <summary>The cube query behind a chart, and its answer on the hand-written KPI fixture.</summary>
public sealed class ChartQueryTests(KpiFixture fixture) : IClassFixture<KpiFixture>
{
    private static readonly DashboardFilters View = DashboardFilters.Parse(
        [new("from", "2026-01-10"), new("to", "2026-03-20"), new("segment", "SMB"), new("priority", "P1")], KpiFixture.Today);

    [Fact]
    public void A_breakdown_over_time_with_the_filters_its_cube_has()
    {
        var chart = Chart("tickets", ["tickets.reopen_rate"]) with { OverTime = true, Breakdown = "priority" };

        var query = ChartQuery.Build(chart, View, fixture.Model.Cube("tickets")!, fixture.Catalog.Cubes["tickets"]);

        Assert.Equal(["tickets.priority"], query.Dimensions);
        Assert.Equal(new TimeDimensionQuery("tickets.created_at", TimeGranularity.Month, new DateRange(new DateOnly(2026, 1, 10), new DateOnly(2026, 3, 20))), query.TimeDimension);
        Assert.Equal(["tickets.priority Equals P1", "tickets.segment Equals SMB"], query.Filters.Select(Text));
        Assert.Empty(ChartQuery.NotApplied(View, fixture.Model.Cube("tickets")!));
    }

    [Fact]
    public void A_monthly_cube_widens_the_dates_to_whole_months_and_cannot_apply_a_field_it_lacks()
    {
        var chart = Chart("engagement", ["engagement.active_user_ratio"]) with { OverTime = true };
        var engagement = fixture.Model.Cube("engagement")!;

        var query = ChartQuery.Build(chart, View, engagement, fixture.Catalog.Cubes["engagement"]);

        Assert.Equal(new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)), query.TimeDimension!.DateRange);
        Assert.Equal(["priority"], ChartQuery.NotApplied(View, engagement));
    }

    [Fact]
    public void Sorted_by_value_with_a_limit_and_the_charts_own_filters_first()
    {
        var chart = Chart("surveys", ["surveys.nps"]) with
        {
            Breakdown = "account_id",
            SortByValue = true,
            Limit = 1,
            Filters = new Dictionary<string, IReadOnlyList<string>> { ["survey_kind"] = ["relational"] },
        };

        var query = ChartQuery.Build(chart, View, fixture.Model.Cube("surveys")!, fixture.Catalog.Cubes["surveys"]);
        var result = fixture.Engine.Query(query, KpiFixture.Today);

        Assert.Equal("surveys.survey_kind Equals relational", Text(query.Filters[0]));
        // SMB relational NPS, 10 January – 20 March. A1: R01 3, R02 5 (detractors), R15 9 (promoter), R17 7: 100 × (1 − 2) / 4 = −25.
        // A2: R03 2 (detractor; 20 January), R18 9, R19 10, R21 9 (promoters), R20 7: 100 × (3 − 1) / 5 = 40. The largest first, one row.
        var row = Assert.Single(result.Records());
        Assert.Equal(("A2", 40.0), ((string)row["surveys.account_id"]!, (double)row["surveys.nps"]!));
    }

    private static string Text(QueryFilter filter) => $"{filter.Member} {filter.Operator} {string.Join(",", filter.Values)}";

    private static ChartDefinition Chart(string cube, IReadOnlyList<string> measures) =>
        new("c", "C", ChartKind.Line, cube, measures.Select(m => new ChartSeries(m, m, null)).ToList());
}
