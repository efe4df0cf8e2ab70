namespace Reporting.Core.Dashboards;

/// <summary>
/// A chart: measures of one cube, over time (one point per period) and/or broken down by one of
/// the cube's dimensions. Each series is a measure, or a measure for one value of the breakdown.
/// </summary>
public sealed record ChartDefinition(string Id, string Title, ChartKind Kind, string Cube, IReadOnlyList<ChartSeries> Series)
{
    public string? Description { get; init; }

    /// <summary>One point per period of the dashboard's granularity.</summary>
    public bool OverTime { get; init; }

    /// <summary>A dimension of <see cref="Cube"/> by name (segment, priority…); clicking a point filters by it.</summary>
    public string? Breakdown { get; init; }

    /// <summary>The measures are the categories and the breakdown's values the series (themes by NPS group).</summary>
    public bool MeasuresAsCategories { get; init; }

    /// <summary>Without time: order by the first measure, largest first, rather than by the breakdown's values.</summary>
    public bool SortByValue { get; init; }

    public int? Limit { get; init; }

    /// <summary>Colour tokens by series (good, warn, bad, series-1 …); the palette's order otherwise.</summary>
    public IReadOnlyList<string> Colors { get; init; } = [];

    /// <summary>Colour tokens by breakdown value (promoter: good …), for charts with a dataset per value.</summary>
    public IReadOnlyDictionary<string, string> BreakdownColors { get; init; } = new Dictionary<string, string>();

    /// <summary>Fixed filters of the chart itself (themes by NPS group: NPS responses only), by dimension name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}

/// <summary>A measure drawn by a chart, and the KPI it is when it is one (its unit, target and decimals).</summary>
public sealed record ChartSeries(string Measure, string Title, string? Kpi);

public enum ChartKind
{
    Line,
    Bar,
    StackedBar,
    HorizontalBar,
}
