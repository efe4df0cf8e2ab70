using Reporting.Core.Cube.Querying;
using Reporting.Documents.Dashboards;

namespace Reporting.Web.Tests.Dashboards;

/// <summary>How a chart's rows become points, datasets and a table.</summary>
public sealed class ChartDataTests
{
    private static readonly DateOnly January = new(2026, 1, 1);
    private static readonly DateOnly February = new(2026, 2, 1);

    [Fact]
    public void A_breakdown_over_time_is_one_dataset_per_value_aligned_on_the_periods()
    {
        var chart = Chart(
            [Row(("t.priority", "P1"), ("t.created_at.month", January), ("t.frt", 30.0)),
             Row(("t.priority", "P2"), ("t.created_at.month", January), ("t.frt", 240.5)),
             Row(("t.priority", "P2"), ("t.created_at.month", February), ("t.frt", null))])
            with { Breakdown = "t.priority", BreakdownField = "priority", Time = "t.created_at.month", Grain = "month" };

        var data = chart.Data;

        Assert.Equal(["Jan 2026", "Feb 2026"], data.Labels);
        Assert.Equal(["2026-01-01", "2026-02-01"], data.Keys);
        Assert.Equal(["P1", "P2"], data.Datasets.Select(d => d.Label));
        Assert.Equal([30.0, null], data.Datasets[0].Values);
        Assert.Equal([240.5, null], data.Datasets[1].Values);
        Assert.Equal(["Priority", "Period", "FRT"], data.Table.Headers);
        Assert.Equal(["P2", "Jan 2026", "240.5 min"], data.Table.Rows[1].Select(c => c.Text));
        Assert.Equal("P2", data.Table.Rows[1][0].Drill);
        Assert.Equal("—", data.Table.Rows[2][2].Text);
    }

    [Fact]
    public void Measures_as_categories_make_each_breakdown_value_a_dataset()
    {
        var chart = new ChartView("c", "C", "horizontal-bar",
            [new SeriesView("s.a", "A", 1), new SeriesView("s.b", "B", 1)],
            [Row(("s.group", "promoter"), ("s.a", 10.0), ("s.b", 20.0)), Row(("s.group", "detractor"), ("s.a", 50.0), ("s.b", 5.0))])
        {
            Breakdown = "s.group",
            BreakdownField = "group",
            MeasuresAsCategories = true,
            BreakdownColors = new Dictionary<string, string> { ["promoter"] = "good", ["detractor"] = "bad" },
        };

        Assert.Equal(["A", "B"], chart.Data.Labels);
        Assert.Equal(["promoter", "detractor"], chart.Data.Datasets.Select(d => d.Label));
        Assert.Equal([50.0, 5.0], chart.Data.Datasets[1].Values);
        Assert.Equal(["good", "bad"], chart.Data.Datasets.Select(d => d.Color));
    }

    [Fact]
    public void A_sparkline_spans_the_box_with_the_lowest_value_at_the_bottom()
    {
        Assert.Equal("0,28 50,2 100,15", Sparkline.Points([1.0, 3.0, 2.0]));
        Assert.Equal("0,15 100,15", Sparkline.Points([4.0, null, 4.0]));
        Assert.Equal("", Sparkline.Points([null, null]));
    }

    private static ChartView Chart(IReadOnlyList<IReadOnlyDictionary<string, object?>> rows) =>
        new("c", "C", "line", [new SeriesView("t.frt", "FRT", 1) { Unit = "minutes" }], rows) { CubeQuery = new CubeQuery() };

    private static IReadOnlyDictionary<string, object?> Row(params (string Key, object? Value)[] cells) =>
        cells.ToDictionary(c => c.Key, c => c.Value);
}
