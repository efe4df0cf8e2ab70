using Reporting.Core.Cube.Model;
using Reporting.Core.Kpis;

namespace Reporting.Core.Dashboards;

/// <summary>Which dimensions a dashboard's view can be filtered by: those of the cubes its charts and tiles draw.</summary>
public static class DashboardFields
{
    public static IReadOnlySet<string> Of(DashboardDefinition dashboard, SemanticModel model, KpiCatalog kpis) =>
        Cubes(dashboard, kpis).SelectMany(c => Of(model.Cube(c)!)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The dimensions a cube can be filtered by (all but time).</summary>
    public static IReadOnlySet<string> Of(CubeDefinition cube) =>
        cube.Dimensions.Where(d => d.Type != DimensionType.Time).Select(d => d.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>The cubes a dashboard's charts and tiles draw.</summary>
    public static IReadOnlyList<string> Cubes(DashboardDefinition dashboard, KpiCatalog kpis) =>
        dashboard.Charts.Select(c => c.Cube)
            .Concat(dashboard.Tiles.SelectMany(id => Cubes(kpis.Kpi(id)!, kpis)))
            .Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Throws naming the first field of <paramref name="filters"/> the dashboard cannot filter by.</summary>
    public static void Require(DashboardFilters filters, IReadOnlySet<string> known)
    {
        if (filters.Fields.Keys.FirstOrDefault(f => !known.Contains(f)) is { } unknown)
        {
            throw new DashboardFilterException(unknown, "is not a dimension this dashboard can be filtered by");
        }
    }

    private static IEnumerable<string> Cubes(KpiDefinition kpi, KpiCatalog kpis) => kpi.Cube is { } cube
        ? [cube]
        : kpi.Components.SelectMany(c => Cubes(kpis.Kpi(c.Kpi)!, kpis));
}
