using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Kpis;

namespace Reporting.Core.Dashboards;

/// <summary>
/// The cube query behind a chart for a view: its measures, its breakdown, the view's dates over the
/// cube's event time (whole months for monthly cubes) at the view's grain when it runs over time,
/// and every filter of the view the cube has a dimension for. Values stay values: the cube binds them.
/// </summary>
public static class ChartQuery
{
    public static CubeQuery Build(ChartDefinition chart, DashboardFilters filters, CubeDefinition cube, KpiCubePeriod period)
    {
        var measures = chart.Series.Select(s => s.Measure).Distinct(StringComparer.Ordinal).ToList();
        var range = period.WholeMonths ? WholeMonths(filters.Range) : filters.Range;
        return new CubeQuery
        {
            Measures = measures,
            Dimensions = chart.Breakdown is { } breakdown ? [$"{cube.Name}.{breakdown}"] : [],
            TimeDimension = new TimeDimensionQuery($"{cube.Name}.{period.Time}", chart.OverTime ? filters.Grain : null, range),
            Filters = [.. chart.Filters.Select(f => Filter(cube, f.Key, f.Value)), .. Applied(filters, cube).Select(f => Filter(cube, f.Key, f.Value))],
            Order = chart.SortByValue ? [new QueryOrder(measures[0], Descending: true)] : [],
            Limit = chart.Limit,
        };
    }

    /// <summary>The view's filters the cube has a dimension for (the others cannot apply to it).</summary>
    public static IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> Applied(DashboardFilters filters, CubeDefinition cube) =>
        filters.Fields.Where(f => cube.Dimensions.Any(d => d.Name == f.Key && d.Type != DimensionType.Time)).OrderBy(f => f.Key, StringComparer.Ordinal);

    /// <summary>The view's filters this cube cannot apply, so the page can say so.</summary>
    public static IReadOnlyList<string> NotApplied(DashboardFilters filters, CubeDefinition cube) =>
        filters.Fields.Keys.Except(Applied(filters, cube).Select(f => f.Key)).Order(StringComparer.Ordinal).ToList();

    private static QueryFilter Filter(CubeDefinition cube, string field, IReadOnlyList<string> values) =>
        new($"{cube.Name}.{field}", values.Count == 1 ? FilterOperator.Equals : FilterOperator.In, values);

    private static DateRange WholeMonths(DateRange range) => new(
        new DateOnly(range.From.Year, range.From.Month, 1),
        new DateOnly(range.To.Year, range.To.Month, 1).AddMonths(1).AddDays(-1));
}
