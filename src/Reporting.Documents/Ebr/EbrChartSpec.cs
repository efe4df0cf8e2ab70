namespace Reporting.Documents.Ebr;

/// <summary>
/// One chart of the pack as Ebr/Assets/ebr.js draws it: kind (line, bar, stacked-bar), the category
/// labels, the series, the value axis (unit, decimals, bounds) and an optional dashed reference line.
/// </summary>
public sealed record EbrChartSpec(string Id, string Kind, IReadOnlyList<string> Labels, IReadOnlyList<EbrChartSeries> Series)
{
    public string? Unit { get; init; }

    public int Decimals { get; init; } = 1;

    public double? Min { get; init; }

    public double? Max { get; init; }

    public EbrThreshold? Threshold { get; init; }

    /// <summary>Whether any series has a value: a chart without one shows a sentence instead.</summary>
    public bool HasData => Series.Any(s => s.Data.Any(v => v is not null));
}

public sealed record EbrChartSeries(string Label, IReadOnlyList<double?> Data, string Color);

public sealed record EbrThreshold(double Value, string Label);
