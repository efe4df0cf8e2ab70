using Reporting.Core.Cube.Model;
using Reporting.Core.Kpis;
using Reporting.Core.Revenue;
using Reporting.Documents.Dashboards;

namespace Reporting.Documents.Revenue;

/// <summary>
/// The Revenue panel's charts, each a <see cref="ChartView"/> whose points and table are given whole
/// (they are not one cube query's rows), so the dashboard's page, script and JSON draw them like any other.
/// </summary>
internal static class RevenueCharts
{
    private const string Percent = "percent";

    public static ChartView Bridge(ArrBridge bridge)
    {
        var steps = new (string Label, double Change, string Color)[]
        {
            ("New", bridge.New, "good"), ("Expansion", bridge.Expansion, "good"), ("Contraction", -bridge.Contraction, "bad"),
            ("Churn", -bridge.Churn, "bad"), ("Reactivation", bridge.Reactivation, "good"),
        };
        var from = new List<double?> { 0 };
        var to = new List<double?> { bridge.Start };
        var rows = new List<IReadOnlyList<ChartCell>> { Row("Start ARR", "", bridge.Start) };
        var running = bridge.Start;
        foreach (var (label, change, _) in steps)
        {
            from.Add(running);
            running += change;
            to.Add(running);
            rows.Add(Row(label, DisplayFormat.Change(change, 0, null), running));
        }
        from.Add(0);
        to.Add(bridge.End);
        rows.Add(Row("End ARR", "", bridge.End));
        var labels = new[] { "Start ARR" }.Concat(steps.Select(s => s.Label)).Append("End ARR").ToList();
        var set = new ChartDataset("ARR", "bridge", null, 0, null, to)
        {
            From = from,
            PointColors = ["series-1", .. steps.Select(s => s.Color), "series-1"],
        };
        var data = new ChartData(labels, labels, [set], new ChartTable(["Step", "Change", "ARR after"], rows)) { KeyKind = "fixed" };
        return View("arr_bridge", "ARR bridge", "waterfall",
            "ARR the day before the dates, what the dates' movements added and took away, and ARR on their last day.", [new SeriesView("bridge", "ARR", 0)], data);
    }

    private static IReadOnlyList<ChartCell> Row(string step, string change, double arr) =>
        [new ChartCell(step, Header: true), new ChartCell(change, Header: false), new ChartCell(DisplayFormat.Number(arr, 0), Header: false)];

    public static ChartView RetentionBySegment(IReadOnlyList<RetentionRow> rows, int lowSampleBelow)
    {
        var keys = rows.Select(r => r.Key).ToList();
        var data = new ChartData(keys, keys, RetentionSets(rows), RetentionTable("Segment", rows, r => r.Key, lowSampleBelow, drill: true))
        {
            KeyKind = "breakdown",
        };
        return View("retention_by_segment", "NRR and GRR by segment", "bar",
            "Over the accounts with ARR the day before the dates; new accounts of the dates are left out.", RetentionSeries, data) with { BreakdownField = "segment" };
    }

    public static ChartView RetentionOverTime(IReadOnlyList<RetentionRow> rows, TimeGranularity grain, int lowSampleBelow)
    {
        var keys = rows.Select(r => r.Key).ToList();
        var labels = keys.Select(k => ChartData.Period(k, grain)).ToList();
        var table = RetentionTable("Period", rows, r => ChartData.Period(r.Key, grain), lowSampleBelow, drill: false);
        var data = new ChartData(labels, keys, RetentionSets(rows), table);
        return View("retention_over_time", "NRR and GRR per period", "line",
            "Each period on its own: ARR at its end over ARR the day before it, for the accounts with ARR then.", RetentionSeries, data)
            with { Grain = grain.ToString().ToLowerInvariant() };
    }

    private static readonly IReadOnlyList<SeriesView> RetentionSeries =
        [new SeriesView("nrr", "NRR", 1) { Kpi = "nrr", Unit = Percent }, new SeriesView("grr", "GRR", 1) { Kpi = "grr", Unit = Percent }];

    private static List<ChartDataset> RetentionSets(IReadOnlyList<RetentionRow> rows) =>
    [
        new("NRR", "nrr", null, 1, Percent, rows.Select(r => r.Nrr).ToList()) { Color = "series-1" },
        new("GRR", "grr", null, 1, Percent, rows.Select(r => r.Grr).ToList()) { Color = "series-2" },
    ];

    private static ChartTable RetentionTable(string key, IReadOnlyList<RetentionRow> rows, Func<RetentionRow, string> label, int lowSampleBelow, bool drill) => new(
        [key, "NRR", "GRR", "Logo churn", "Accounts at the start"],
        rows.Select(r =>
        {
            var low = r.Accounts < lowSampleBelow;
            return (IReadOnlyList<ChartCell>)
            [
                new ChartCell(label(r), Header: true) { Drill = drill && r.Accounts > 0 ? r.Key : null },
                new ChartCell(DisplayFormat.Value(r.Nrr, 1, KpiUnit.Percent), Header: false) { LowSample = low },
                new ChartCell(DisplayFormat.Value(r.Grr, 1, KpiUnit.Percent), Header: false) { LowSample = low },
                new ChartCell(DisplayFormat.Value(r.LogoChurnRate, 1, KpiUnit.Percent), Header: false) { LowSample = low },
                new ChartCell(DisplayFormat.Number(r.Accounts, 0), Header: false),
            ];
        }).ToList());

    public static ChartView View(string id, string title, string kind, string description, IReadOnlyList<SeriesView> series, ChartData data) =>
        new(id, title, kind, series, []) { Description = description, Data = data };
}
