using System.Globalization;
using Reporting.Core.Kpis;
using Reporting.Documents.Dashboards;

namespace Reporting.Documents.Revenue;

/// <summary>
/// The Revenue panel's churn charts: churn after each NPS group beside the playbooks' reference
/// figures, and churn per health band with the AUC's verdict, from the revenue KPIs by stable id.
/// </summary>
internal static class ChurnCharts
{
    /// <summary>The churn playbooks' figures (docs/KPIS.md, Revenue outcomes): 20–30 % of passives churn within 180 days, 40–50 % of detractors within 90.</summary>
    private static readonly (string Kpi, string Label, int Days, string Color, double? Low, double? High)[] Groups =
    [
        ("churn_180d_after_promoter", "Promoters", 180, "good", null, null),
        ("churn_180d_after_passive", "Passives", 180, "warn", 20, 30),
        ("churn_180d_after_detractor", "Detractors", 180, "bad", null, null),
        ("churn_90d_after_detractor", "Detractors", 90, "bad", 40, 50),
    ];

    public static readonly (string Kpi, string Label)[] Bands =
    [
        ("churn_180d_health_below_50", "Below 50"), ("churn_180d_health_50_70", "50 to 70"),
        ("churn_180d_health_70_85", "70 to 85"), ("churn_180d_health_85_plus", "85 and above"),
    ];

    public static ChartView AfterNps(IReadOnlyDictionary<string, KpiValue> kpis)
    {
        var labels = Groups.Select(g => $"{g.Label}, {g.Days} days").ToList();
        var ours = new ChartDataset("Your accounts", "churn_after_nps", null, 1, "percent", Groups.Select(g => kpis[g.Kpi].Value).ToList())
        {
            PointColors = Groups.Select(g => g.Color).ToList(),
        };
        var reference = new ChartDataset("Playbook reference", "playbook", null, 0, "percent", Groups.Select(g => g.High).ToList())
        {
            Color = "muted",
            From = Groups.Select(g => g.Low).ToList(),
        };
        var rows = Groups.Select(g => (IReadOnlyList<ChartCell>)
        [
            new ChartCell(g.Label, Header: true),
            new ChartCell(g.Days.ToString(CultureInfo.InvariantCulture) + " days", Header: false),
            new ChartCell(DisplayFormat.Value(kpis[g.Kpi].Value, 1, KpiUnit.Percent), Header: false) { LowSample = kpis[g.Kpi].LowSample },
            new ChartCell(DisplayFormat.Number(kpis[g.Kpi].N, 0), Header: false),
            new ChartCell(g.Low is { } low ? $"{low:0}–{g.High:0} %" : "—", Header: false),
        ]).ToList();
        var table = new ChartTable(["NPS group", "Within", "Churned", "Answers", "Playbook reference"], rows);
        return RevenueCharts.View("churn_after_nps", "Churn after each NPS group", "bar",
            "Of the NPS answers in the dates whose account had ARR that day and that have been watched long enough, the share whose account churned within the days shown; the grey bars are the playbooks' figures.",
            [new SeriesView("churn_after_nps", "Churned", 1) { Unit = "percent" }], new ChartData(labels, labels, [ours, reference], table) { KeyKind = "fixed" });
    }

    public static ChartView ByHealthBand(IReadOnlyDictionary<string, KpiValue> kpis, string verdict)
    {
        var labels = Bands.Select(b => b.Label).ToList();
        var set = new ChartDataset("Churned within 180 days", "churn_by_health_band", null, 1, "percent", Bands.Select(b => kpis[b.Kpi].Value).ToList())
        {
            PointColors = ["bad", "warn", "series-2", "good"],
        };
        var rows = Bands.Select(b => (IReadOnlyList<ChartCell>)
        [
            new ChartCell(b.Label, Header: true),
            new ChartCell(DisplayFormat.Value(kpis[b.Kpi].Value, 1, KpiUnit.Percent), Header: false) { LowSample = kpis[b.Kpi].LowSample },
            new ChartCell(DisplayFormat.Number(kpis[b.Kpi].N, 0), Header: false),
        ]).ToList();
        var table = new ChartTable(["Health score", "Churned within 180 days", "Account month-ends"], rows);
        return RevenueCharts.View("churn_by_health_band", "Churn by health band", "bar", verdict,
            [new SeriesView("churn_by_health_band", "Churned within 180 days", 1) { Unit = "percent" }], new ChartData(labels, labels, [set], table) { KeyKind = "fixed" });
    }

    /// <summary>What the AUC says, plainly: no verdict without churned and retained month-ends, nor on fewer than the low-sample count.</summary>
    /// <param name="watchedUpTo">The last month-end that has had 180 days to show a churn (today − 180 days).</param>
    public static string AucVerdict(IReadOnlyDictionary<string, KpiValue> kpis, int lowSampleBelow, DateOnly watchedUpTo)
    {
        var auc = kpis["health_churn_auc"];
        var pairs = Bands.Sum(b => kpis[b.Kpi].N);
        var judged = $"Health AUC {DisplayFormat.Number(auc.Value, 2)} over {pairs:N0} account month-ends, {auc.N:N0} of them followed by a churn within 180 days";
        return auc switch
        {
            { Value: null } when pairs == 0 =>
                $"No health AUC: no account month-end of these dates has ARR, a health score and 180 days since it to show a churn (month-ends up to {watchedUpTo:yyyy-MM-dd} count).",
            { Value: null } => $"No health AUC: {(auc.N == 0 ? "none" : "every one")} of the {pairs:N0} account month-ends was followed by a churn within 180 days, so there is nothing to compare.",
            { LowSample: true } => $"{judged}: too few churns (fewer than {lowSampleBelow}) to judge whether the health score predicts churn.",
            { Value: >= 0.99 } => $"{judged}: the score separates churners perfectly, which real data rarely does; check how the score and the churns were recorded.",
            { Value: >= 0.8 } => $"{judged}: the score separates churners from retained accounts well (0.5 would be chance).",
            { Value: >= 0.7 } => $"{judged}: the score separates churners fairly (0.5 would be chance).",
            { Value: > 0.6 } => $"{judged}: the score separates churners only weakly (0.5 would be chance).",
            _ => $"{judged}: the score predicts churn hardly better than chance (0.5).",
        };
    }
}
