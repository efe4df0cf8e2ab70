using System.Globalization;
using Reporting.Core.Cube.Model;
using Reporting.Core.Kpis;

namespace Reporting.Documents.Dashboards;

/// <summary>
/// A chart's points, ready to draw: the category axis (labels as read, keys as filtered by a
/// drill-down), one dataset per measure (or per measure and breakdown value), and the same numbers
/// as a table. Built here so that the browser only draws.
/// </summary>
public sealed record ChartData(IReadOnlyList<string> Labels, IReadOnlyList<string> Keys, IReadOnlyList<ChartDataset> Datasets, ChartTable Table)
{
    /// <summary>What a category key is: a period's first day ("period"), a breakdown value ("breakdown"), a measure, or "fixed" (nothing to drill into).</summary>
    public string KeyKind { get; init; } = "period";

    /// <summary>No value to draw at all: the page says so rather than show an empty grid.</summary>
    public bool Empty => Datasets.All(d => d.Values.All(v => v is null));

    public static ChartData Build(ChartView chart)
    {
        var grain = chart.Grain is { } g ? Enum.Parse<TimeGranularity>(g, ignoreCase: true) : (TimeGranularity?)null;
        if (chart.MeasuresAsCategories)
        {
            return MeasuresAcross(chart);
        }
        var categoryMember = chart.Time ?? chart.Breakdown!;
        var keys = chart.Rows.Select(r => Key(r[categoryMember])).Distinct().ToList();
        var labels = chart.Time is null ? keys.Select(k => k == "" ? "(none)" : k).ToList() : keys.Select(k => Period(k, grain)).ToList();
        List<string?> groups = chart.Time is not null && chart.Breakdown is { } b
            ? [.. chart.Rows.Select(r => Key(r[b])).Distinct()]
            : [null];
        var datasets = chart.Series.SelectMany(s => groups.Select(group => new ChartDataset(
            group is null ? s.Title : chart.Series.Count == 1 ? Blank(group) : $"{s.Title}: {Blank(group)}", s.Measure, group, s.Decimals, s.Unit,
            keys.Select(k => Value(chart, categoryMember, k, chart.Breakdown, group, s.Measure)).ToList()) { Color = group is null ? s.Color : chart.BreakdownColors.GetValueOrDefault(group) })).ToList();
        return new ChartData(labels, keys, datasets, ChartTable.Build(chart, grain)) { KeyKind = chart.Time is null ? "breakdown" : "period" };
    }

    /// <summary>Themes by NPS group: the measures are the categories, each breakdown value a dataset.</summary>
    private static ChartData MeasuresAcross(ChartView chart)
    {
        var breakdown = chart.Breakdown!;
        var datasets = chart.Rows.Select(r => new ChartDataset(Blank(Key(r[breakdown])), "", Key(r[breakdown]), chart.Series[0].Decimals, chart.Series[0].Unit,
            chart.Series.Select(s => Number(r[s.Measure])).ToList()) { Color = chart.BreakdownColors.GetValueOrDefault(Key(r[breakdown])) }).ToList();
        return new ChartData(chart.Series.Select(s => s.Title).ToList(), chart.Series.Select(s => s.Measure).ToList(), datasets, ChartTable.Build(chart, null))
        {
            KeyKind = "measure",
        };
    }

    private static double? Value(ChartView chart, string categoryMember, string key, string? breakdown, string? group, string measure) =>
        chart.Rows.FirstOrDefault(r => Key(r[categoryMember]) == key && (group is null || Key(r[breakdown!]) == group)) is { } row ? Number(row[measure]) : null;

    public static string Key(object? value) => value switch
    {
        null => "",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public static double? Number(object? value) => value is null ? null : Convert.ToDouble(value, CultureInfo.InvariantCulture);

    public static string Period(string key, TimeGranularity? grain) =>
        DisplayFormat.Period(DateOnly.ParseExact(key, "yyyy-MM-dd", CultureInfo.InvariantCulture), grain);

    private static string Blank(string key) => key == "" ? "(none)" : key;
}

/// <summary>One line or set of bars: a measure, for one breakdown value when the chart splits by one.</summary>
public sealed record ChartDataset(string Label, string Measure, string? Breakdown, int Decimals, string? Unit, IReadOnlyList<double?> Values)
{
    /// <summary>A design token's name, or null for the palette's next colour.</summary>
    public string? Color { get; init; }

    /// <summary>Floating bars (a waterfall's steps, a reference range): where each bar starts; it ends at its value.</summary>
    public IReadOnlyList<double?>? From { get; init; }

    /// <summary>A design token per point (a waterfall's ups and downs), instead of <see cref="Color"/>.</summary>
    public IReadOnlyList<string>? PointColors { get; init; }
}

/// <summary>A chart's numbers as a table, formatted as the page shows them; low-sample cells are marked.</summary>
public sealed record ChartTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<ChartCell>> Rows)
{
    public static ChartTable Build(ChartView chart, TimeGranularity? grain)
    {
        var keys = new List<(string Member, string Title)>();
        if (chart.Breakdown is { } b)
        {
            keys.Add((b, chart.BreakdownField is { } f ? char.ToUpperInvariant(f[0]) + f[1..].Replace('_', ' ') : b));
        }
        if (chart.Time is { } t)
        {
            keys.Add((t, "Period"));
        }
        var headers = keys.Select(k => k.Title).Concat(chart.Series.Select(s => s.Title)).ToList();
        var rows = chart.Rows.Select(r => (IReadOnlyList<ChartCell>)keys
            .Select(k => k.Member == chart.Time
                ? new ChartCell(ChartData.Period(ChartData.Key(r[k.Member]), grain), Header: true)
                : new ChartCell(Label(r[k.Member]), Header: true) { Drill = ChartData.Key(r[k.Member]) is { Length: > 0 } value ? value : null })
            .Concat(chart.Series.Select(s => Cell(r, s)))
            .ToList()).ToList();
        return new ChartTable(headers, rows);
    }

    private static string Label(object? value) => ChartData.Key(value) is { Length: > 0 } text ? text : "(none)";

    private static ChartCell Cell(IReadOnlyDictionary<string, object?> row, SeriesView series)
    {
        var unit = series.Unit is { } u ? Enum.Parse<KpiUnit>(u, ignoreCase: true) : (KpiUnit?)null;
        var low = row.TryGetValue(series.Measure + ".lowSample", out var flag) && flag is true;
        return new ChartCell(DisplayFormat.Value(ChartData.Number(row[series.Measure]), series.Decimals, unit), Header: false) { LowSample = low };
    }
}

public sealed record ChartCell(string Text, bool Header)
{
    public bool LowSample { get; init; }

    /// <summary>Words rather than a number (the signals a churned account had): left-aligned, wrapping.</summary>
    public bool Prose { get; init; }

    /// <summary>The breakdown value a click on this row header filters by.</summary>
    public string? Drill { get; init; }
}
