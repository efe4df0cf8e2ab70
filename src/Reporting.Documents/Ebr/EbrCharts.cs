using System.Globalization;
using Reporting.Core.Dashboards;
using Reporting.Core.Ebr;
using Reporting.Core.Kpis;

namespace Reporting.Documents.Ebr;

/// <summary>The pack's charts, by id, from its content: health, the sentiment trends and mix, first response by priority, engagement.</summary>
public static class EbrCharts
{
    // The Okabe–Ito values of wwwroot/css/tokens.css (series-1 …, good, warn, bad).
    private const string Blue = "#0072b2", Orange = "#e69f00", Green = "#009e73", Sky = "#56b4e9", Vermilion = "#d55e00", Grey = "#56595f";

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static IReadOnlyDictionary<string, EbrChartSpec> Build(EbrContent content, IReadOnlyDictionary<string, string> titles)
    {
        var charts = new List<EbrChartSpec>
        {
            Health(content),
            Trend(content, "nps", titles, Blue, min: -100, max: 100),
            Trend(content, "csat", titles, Green, min: 0, max: 100),
            Trend(content, "ces", titles, Orange, min: 1, max: 7),
            Mix(content),
            FirstResponse(content),
            Engagement(content, titles),
        };
        return charts.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    private static EbrChartSpec Health(EbrContent content)
    {
        var history = content.Summary.HealthHistory;
        return new EbrChartSpec("health", "line", history.Select(p => Month(p.Month)).ToList(),
            [new EbrChartSeries("Health score", history.Select(p => p.Score).ToList(), content.Pack.Branding.Accent)])
        {
            Min = 0, Max = 100, Decimals = 0, Threshold = new EbrThreshold(content.Summary.AtRiskBelow, "At risk below"),
        };
    }

    private static EbrChartSpec Trend(EbrContent content, string id, IReadOnlyDictionary<string, string> titles, string color, double min, double max)
    {
        var tile = content.Trends[id];
        return new EbrChartSpec(id, "line", Labels(tile), [new EbrChartSeries(titles[id], tile.Sparkline.Select(p => p.Value).ToList(), color)])
        {
            Unit = Unit(tile.Kpi), Decimals = tile.Kpi.Decimals, Min = min, Max = max,
            Threshold = tile.Kpi.Target is { } target ? new EbrThreshold(target, "Target") : null,
        };
    }

    private static EbrChartSpec Mix(EbrContent content)
    {
        var series = new[] { ("promoter_share", "Promoters", Green), ("passive_share", "Passives", Orange), ("detractor_share", "Detractors", Vermilion) }
            .Select(s => new EbrChartSeries(s.Item2, content.Trends[s.Item1].Sparkline.Select(p => p.Value).ToList(), s.Item3)).ToList();
        return new EbrChartSpec("nps_mix", "stacked-bar", Labels(content.Trends["promoter_share"]), series) { Unit = "percent", Min = 0, Max = 100, Decimals = 0 };
    }

    private static EbrChartSpec FirstResponse(EbrContent content)
    {
        var rows = content.Support.ByPriority;
        return new EbrChartSpec("frt_by_priority", "bar", rows.Select(r => r.Priority).ToList(),
        [
            new EbrChartSeries("This period", rows.Select(r => r.FirstResponse.Current.Value).ToList(), Blue),
            new EbrChartSeries("Previous period", rows.Select(r => r.FirstResponse.Previous.Value).ToList(), Sky),
            new EbrChartSeries($"{content.Support.Segment} median", rows.Select(r => r.FirstResponse.SegmentMedian).ToList(), Grey),
        ]) { Unit = "minutes", Min = 0, Decimals = 0 };
    }

    private static EbrChartSpec Engagement(EbrContent content, IReadOnlyDictionary<string, string> titles)
    {
        var series = new[] { ("engagement_index", Blue), ("active_user_ratio", Green), ("feature_adoption", Orange) }
            .Select(s => new EbrChartSeries(titles[s.Item1], content.Trends[s.Item1].Sparkline.Select(p => p.Value).ToList(), s.Item2)).ToList();
        return new EbrChartSpec("engagement", "line", Labels(content.Trends["engagement_index"]), series) { Min = 0, Max = 100, Decimals = 0 };
    }

    private static List<string> Labels(KpiTile tile) => tile.Sparkline.Select(p => Month(p.Period)).ToList();

    private static string Month(DateOnly month) => month.ToString("MMM yy", English);

    private static string? Unit(KpiDefinition kpi) => kpi.Unit switch
    {
        KpiUnit.Percent => "percent",
        KpiUnit.Minutes => "minutes",
        KpiUnit.Hours => "hours",
        _ => null,
    };
}
