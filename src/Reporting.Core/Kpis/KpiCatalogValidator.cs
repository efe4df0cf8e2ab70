using System.Text.RegularExpressions;
using Reporting.Core.Cube.Model;

namespace Reporting.Core.Kpis;

/// <summary>
/// Checks the catalog against the model and collects every problem, each naming its KPI (or
/// section): unknown measures and cubes, missing fields, thresholds on the wrong side, decimals that
/// disagree with the measure's, composites over unknown or later KPIs, KPIs computed from account
/// health that the module does not know, SLA targets for P1..P4, health settings out of range.
/// </summary>
internal static partial class KpiCatalogValidator
{
    private static readonly string[] Priorities = ["P1", "P2", "P3", "P4"];

    /// <summary>The KPIs the health module computes from the accounts' monthly health (Health/AccountHealthKpis).</summary>
    /// <summary>The KPIs each kind of computation knows, by its <see cref="KpiDefinition.Computed"/> value.</summary>
    private static readonly Dictionary<string, string[]> ComputedIds = new(StringComparer.Ordinal)
    {
        [HealthSettings.ComputedFromAccountHealth] = ["health_recovery_days", "revenue_at_risk"],
        [RevenueKpiIds.Computed] = RevenueKpiIds.All,
    };

    public static void Validate(KpiCatalog catalog, SemanticModel model)
    {
        var problems = new List<string>();
        problems.AddRange(Settings(catalog));
        problems.AddRange(Health(catalog));
        problems.AddRange(catalog.Cubes.SelectMany(c => CubePeriod(c.Key, c.Value, model)));
        problems.AddRange(catalog.Kpis.GroupBy(k => k.Id).Where(g => g.Count() > 1).Select(g => $"KPI '{g.Key}' is defined more than once"));
        foreach (var kpi in catalog.Kpis)
        {
            var specific = kpi.Computed is not null ? Computed(kpi)
                : kpi.Components.Count > 0 ? Composite(kpi, catalog)
                : Measured(kpi, catalog, model);
            problems.AddRange(Common(kpi).Concat(specific).Select(problem => $"KPI '{kpi.Id}': {problem}"));
        }
        if (problems.Count > 0)
        {
            throw new KpiCatalogException(catalog.File, string.Join("; ", problems));
        }
    }

    private static IEnumerable<string> Settings(KpiCatalog catalog)
    {
        if (catalog.LowSampleBelow < 1)
        {
            yield return "low_sample_below must be 1 or more";
        }
        if (!catalog.Sla.Keys.Order(StringComparer.Ordinal).SequenceEqual(Priorities))
        {
            yield return $"sla needs exactly the priorities {string.Join(", ", Priorities)}";
        }
        foreach (var (priority, target) in catalog.Sla.Where(s => s.Value.FirstResponseMinutes <= 0 || s.Value.ResolutionHours <= 0))
        {
            yield return $"sla {priority}: first_response_minutes and resolution_hours must be above 0";
        }
        if (catalog.KeyFeatures.Count == 0 || catalog.KeyFeatures.Any(f => !FeatureKey().IsMatch(f)) || catalog.KeyFeatures.Distinct().Count() != catalog.KeyFeatures.Count)
        {
            yield return "key_features must list distinct feature keys (letters, digits, _ and -)";
        }
        foreach (var problem in catalog.SurveyProgram.Problems())
        {
            yield return problem;
        }
    }

    private static IEnumerable<string> Health(KpiCatalog catalog)
    {
        var health = catalog.Health;
        if (health.AtRiskBelow is <= 0 or > 100)
        {
            yield return "health: at_risk_below must be above 0 and at most 100";
        }
        if (health.WindowMonths is < 1 or > 12)
        {
            yield return "health: window_months must be between 1 and 12";
        }
        if (health.RevenueHorizonDays is < 1 or > 3650)
        {
            yield return "health: revenue_horizon_days must be between 1 and 3650";
        }
        if (catalog.Kpi(HealthSettings.ScoreKpi) is { } score && score.Components.Count == 0)
        {
            yield return $"KPI '{HealthSettings.ScoreKpi}': must be made of components (the health score is a weighted mean)";
        }
        if (catalog.Kpis.Any(k => k.Computed is not null) && catalog.Kpi(HealthSettings.ScoreKpi) is null)
        {
            yield return $"computed KPIs (account health, revenue) need the KPI '{HealthSettings.ScoreKpi}'";
        }
    }

    private static IEnumerable<string> CubePeriod(string name, KpiCubePeriod period, SemanticModel model)
    {
        if (model.Cube(name) is not { } cube)
        {
            yield return $"cubes: '{name}' is not a cube of the model";
            yield break;
        }
        if (cube.Dimensions.FirstOrDefault(d => d.Name == period.Time) is not { Type: DimensionType.Time })
        {
            yield return $"cubes: {name}.{period.Time} is not a time dimension";
        }
        foreach (var needed in new[] { "account_id", "segment" }.Where(n => cube.Dimensions.All(d => d.Name != n)))
        {
            yield return $"cubes: {name} has no dimension {needed}, which KPI filters need";
        }
    }

    private static IEnumerable<string> Common(KpiDefinition kpi)
    {
        if (!StableId().IsMatch(kpi.Id))
        {
            yield return "the id must be lower case letters, digits and _";
        }
        // A KPI is judged (a target and thresholds) or only read (neither: the ARR flows, which have no good level apart from the portfolio's size).
        if (kpi.Target is null && kpi.Thresholds is not null)
        {
            yield return "needs target";
        }
        if (kpi.Thresholds is not { } thresholds)
        {
            if (kpi.Target is not null)
            {
                yield return "needs thresholds with good and warn";
            }
        }
        else if (kpi.Direction == KpiDirection.Up ? thresholds.Good < thresholds.Warn : thresholds.Good > thresholds.Warn)
        {
            yield return $"thresholds: good must be on the {(kpi.Direction == KpiDirection.Up ? "higher" : "lower")} side of warn";
        }
        if (kpi.Decimals is < 0 or > 6)
        {
            yield return "decimals must be between 0 and 6";
        }
    }

    private static IEnumerable<string> Measured(KpiDefinition kpi, KpiCatalog catalog, SemanticModel model)
    {
        if (kpi.Measure is null)
        {
            yield return "needs a measure (\"cube.member\") or components";
            yield break;
        }
        if (Measure(model, kpi.Measure) is not { } measure)
        {
            yield return $"measure '{kpi.Measure}' is not a measure of the model";
            yield break;
        }
        if (!catalog.Cubes.ContainsKey(kpi.Cube!))
        {
            yield return $"cube '{kpi.Cube}' has no entry under cubes (its time dimension)";
        }
        if (measure.Decimals is { } digits && digits != kpi.Decimals)
        {
            yield return $"decimals {kpi.Decimals} differ from the measure's {digits}";
        }
        if (kpi.Observations is { } observations && (Measure(model, observations) is null || !observations.StartsWith(kpi.Cube + ".", StringComparison.Ordinal)))
        {
            yield return $"observations '{observations}' is not a measure of {kpi.Cube}";
        }
        if (kpi.Observations is null && measure.Type == MeasureType.Formula && measure.Observations is null)
        {
            yield return $"the formula {kpi.Measure} names no observations in the model: give observations here";
        }
    }

    private static IEnumerable<string> Computed(KpiDefinition kpi)
    {
        if (kpi.Measure is not null || kpi.Components.Count > 0)
        {
            yield return "a computed KPI has no measure or components";
        }
        if (!ComputedIds.TryGetValue(kpi.Computed!, out var ids))
        {
            yield return $"computed '{kpi.Computed}' is not known (only {string.Join(" or ", ComputedIds.Keys)})";
        }
        else if (!ids.Contains(kpi.Id, StringComparer.Ordinal))
        {
            yield return $"only {string.Join(", ", ids)} are computed from {kpi.Computed}";
        }
    }

    private static IEnumerable<string> Composite(KpiDefinition kpi, KpiCatalog catalog)
    {
        if (kpi.Measure is not null)
        {
            yield return "has both a measure and components";
        }
        // A composite may weigh an earlier composite (the health score weighs the engagement index):
        // computed in the file's order, its parts are always ready.
        var earlier = catalog.Kpis.TakeWhile(k => !ReferenceEquals(k, kpi)).ToList();
        foreach (var component in kpi.Components)
        {
            var part = catalog.Kpi(component.Kpi);
            if (part is null || part.Computed is not null)
            {
                yield return $"component '{component.Kpi}' is not a KPI with a measure";
            }
            else if (part.Components.Count > 0 && !earlier.Contains(part))
            {
                yield return $"component '{component.Kpi}' is a composite defined after this KPI";
            }
            else if (part.Target is not > 0)
            {
                yield return $"component '{component.Kpi}' needs a target above 0 to be scaled against";
            }
            if (component.Weight <= 0)
            {
                yield return $"component '{component.Kpi}' needs a weight above 0";
            }
        }
    }

    private static MeasureDefinition? Measure(SemanticModel model, string member) =>
        model.Resolve(member) is { } found ? found.Cube.Measures.FirstOrDefault(m => m.Name == found.Member) : null;

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex StableId();

    [GeneratedRegex("^[A-Za-z0-9_-]+$")]
    private static partial Regex FeatureKey();
}
