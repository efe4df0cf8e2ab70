using Reporting.Documents.Dashboards;
using Reporting.Documents.Ebr;

namespace Reporting.Documents.Delivery;

/// <summary>
/// A dashboard's charts as the print script of the EBR packs (ebr.js) draws them: the same labels and
/// datasets the page draws, each design token's colour as its light-theme value.
/// </summary>
public static class DashboardChartSpecs
{
    // tokens.css, light theme: the Okabe–Ito palette the page's charts use.
    private static readonly IReadOnlyDictionary<string, string> Tokens = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["good"] = "#009e73", ["warn"] = "#e69f00", ["bad"] = "#d55e00", ["muted"] = "#5a6270",
        ["series-1"] = "#0072b2", ["series-2"] = "#e69f00", ["series-3"] = "#009e73", ["series-4"] = "#cc79a7",
        ["series-5"] = "#56b4e9", ["series-6"] = "#d55e00", ["series-7"] = "#56595f", ["series-8"] = "#b8a300",
    };

    /// <summary>Whether ebr.js can draw the chart as the page does (floating bars, a waterfall's steps, print as their table only).</summary>
    public static bool Drawable(ChartView chart) => !chart.Data.Empty && chart.Data.Datasets.All(d => d.From is null && d.PointColors is null);

    public static IReadOnlyDictionary<string, EbrChartSpec> Build(IEnumerable<ChartView> charts) =>
        charts.Where(Drawable).ToDictionary(c => c.Id, Spec, StringComparer.Ordinal);

    private static EbrChartSpec Spec(ChartView chart)
    {
        var data = chart.Data;
        var series = data.Datasets.Select((d, i) => new EbrChartSeries(d.Label, d.Values, Color(d.Color, i))).ToList();
        var first = data.Datasets[0];
        return new EbrChartSpec(chart.Id, chart.Kind == "stacked-bar" ? "stacked-bar" : chart.Kind == "line" ? "line" : "bar", data.Labels, series)
        {
            Unit = first.Unit, Decimals = first.Decimals,
            Min = chart.Series.All(s => s.Unit == "percent") && data.Datasets.All(d => d.Values.All(v => v is null or >= 0)) ? 0 : null,
        };
    }

    private static string Color(string? token, int index) =>
        token is not null && Tokens.TryGetValue(token, out var color) ? color : Tokens[$"series-{index % 8 + 1}"];
}
