using Reporting.Core.Cube.Model;
using Reporting.Core.Kpis;

namespace Reporting.Core.Dashboards;

/// <summary>Which dimensions a dashboard's view can be filtered by: those of the cubes its charts and tiles draw.</summary>
public static class DashboardFields
{
    public static IReadOnlySet<string> Of(DashboardDefinition dashboard, SemanticModel model, KpiCatalog kpis)
    {
        var cubes = dashboard.Charts.Select(c => c.Cube)
            .Concat(dashboard.Tiles.SelectMany(id => Cubes(kpis.Kpi(id)!, kpis)))
            .Distinct(StringComparer.Ordinal);
        return cubes.SelectMany(c => model.Cube(c)!.Dimensions.Where(d => d.Type != DimensionType.Time).Select(d => d.Name)).ToHashSet(StringComparer.Ordinal);
    }

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
