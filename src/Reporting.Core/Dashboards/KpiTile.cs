using Reporting.Core.Cube.Querying;
using Reporting.Core.Kpis;

namespace Reporting.Core.Dashboards;

/// <summary>
/// A KPI for a view: its value over the view's dates and over as many days before, the change
/// between them and whether it exceeds the margin of error, where it stands against the target,
/// and its value per period of the view's grain (the sparkline).
/// </summary>
public sealed record KpiTile(KpiDefinition Kpi, KpiValue Current, KpiValue Previous)
{
    public DateRange Range { get; init; } = new(default, default);

    public DateRange PreviousRange { get; init; } = new(default, default);

    public IReadOnlyList<KpiPoint> Sparkline { get; init; } = [];

    /// <summary>The 95 % margin of error of the current value, where the KPI has one.</summary>
    public double? Margin { get; init; }

    public double? Change => Current.Value is { } now && Previous.Value is { } before ? Math.Round(now - before, Kpi.Decimals, MidpointRounding.AwayFromZero) : null;

    /// <summary>
    /// Null when unknown (no change, or no margin to judge it by); never significant when either
    /// value rests on a low sample, whose margin (±0 at 100 %) would claim more than it knows.
    /// </summary>
    public bool? Significant => Change is not { } change ? null
        : Current.LowSample || Previous.LowSample ? false
        : Margin is { } margin ? Math.Abs(change) > margin : null;

    public KpiStatus Status => Kpi.Rate(Current.Value);

    /// <summary>Whether the change went the good way (null without a change or when flat).</summary>
    public bool? Improved => Change is { } change && change != 0 ? (change > 0) == (Kpi.Direction == KpiDirection.Up) : null;
}

/// <summary>A KPI's value for one period.</summary>
public sealed record KpiPoint(DateOnly Period, double? Value);
