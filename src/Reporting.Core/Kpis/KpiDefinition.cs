namespace Reporting.Core.Kpis;

/// <summary>
/// One KPI of reports/kpis.yaml: a measure of the model ("cube.member"), a weighted mean of
/// other KPIs (<see cref="Components"/>), or a number computed from the accounts' monthly health
/// (<see cref="Computed"/>), with its unit, good direction, target and rounding.
/// </summary>
public sealed record KpiDefinition(string Id, KpiUnit Unit, KpiDirection Direction, int Decimals)
{
    public string? Measure { get; init; }

    /// <summary>A measure whose value is the KPI's observation count; null: the measure's own ("m.n").</summary>
    public string? Observations { get; init; }

    public IReadOnlyList<KpiComponent> Components { get; init; } = [];

    /// <summary>"account_health" for a KPI computed from each account's monthly health (recovery days, revenue at risk); null otherwise.</summary>
    public string? Computed { get; init; }

    public double? Target { get; init; }

    public KpiThresholds? Thresholds { get; init; }

    public string? Description { get; init; }

    /// <summary>Good at or past thresholds.good, a warning at or past thresholds.warn, else bad (past: in the good direction).</summary>
    public KpiStatus Rate(double? value)
    {
        if (value is not { } v || Thresholds is not { } t)
        {
            return KpiStatus.Unknown;
        }
        var sign = Direction == KpiDirection.Up ? 1 : -1;
        return sign * (v - t.Good) >= 0 ? KpiStatus.Good : sign * (v - t.Warn) >= 0 ? KpiStatus.Warn : KpiStatus.Bad;
    }

    /// <summary>The cube the measure belongs to; null for a KPI made of other KPIs.</summary>
    public string? Cube => Measure is { } measure ? measure[..Math.Max(0, measure.IndexOf('.', StringComparison.Ordinal))] : null;
}

/// <summary>A KPI weighted into a composite one (the engagement index).</summary>
public sealed record KpiComponent(string Kpi, double Weight);

/// <summary>At or past <paramref name="Good"/> is good, at or past <paramref name="Warn"/> a warning, else bad.</summary>
public sealed record KpiThresholds(double Good, double Warn);

/// <summary>A ticket priority's targets: first response (SLA breach, near miss) and resolution (aging is twice it).</summary>
public sealed record SlaTarget(double FirstResponseMinutes, double ResolutionHours);

/// <summary>Which time dimension of a cube a KPI request's dates filter; monthly cubes widen them to whole months.</summary>
public sealed record KpiCubePeriod(string Time, bool WholeMonths);
