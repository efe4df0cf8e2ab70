namespace Reporting.Core.Kpis;

/// <summary>
/// A KPI made of others (the engagement index): the weighted mean of its components' values as
/// reported, each scaled to 0–100 against its target; components without a value are left out and
/// the weights of the rest renormalised. It rests on the fewest observations of its components.
/// </summary>
internal static class CompositeKpi
{
    public static (double? Value, long N) Compute(KpiDefinition kpi, KpiCatalog catalog, IReadOnlyDictionary<string, KpiValue> values)
    {
        var parts = kpi.Components
            .Select(c => (Component: c, Definition: catalog.Kpi(c.Kpi)!, Value: values[c.Kpi]))
            .Where(p => p.Value.Value is not null)
            .ToList();
        if (parts.Count == 0)
        {
            return (null, 0);
        }
        var weighted = parts.Sum(p => p.Component.Weight * Scale(p.Value.Value!.Value, p.Definition.Target!.Value, p.Definition.Direction));
        return (weighted / parts.Sum(p => p.Component.Weight), parts.Min(p => p.Value.N));
    }

    /// <summary>0–100 against the target: value / target when higher is better, target / value when lower is, capped at 100.</summary>
    public static double Scale(double value, double target, KpiDirection direction)
    {
        var score = direction == KpiDirection.Up
            ? 100 * value / target
            : value <= 0 ? 100 : 100 * target / value;
        return Math.Clamp(score, 0, 100);
    }
}
