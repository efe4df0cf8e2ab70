using Reporting.Core.Cube.Model;
using Reporting.Core.Dashboards;
using Reporting.Core.Kpis;

namespace Reporting.Documents.Dashboards;

/// <summary>
/// Explore's own controls, from the URL: x.cube, x.measure (repeated), x.dimension, x.over (time or
/// none) and x.chart; the view's dates and filters come as on any dashboard. Every name is checked
/// against the model: a wrong one is refused naming the parameter.
/// </summary>
public sealed record ExploreRequest(string Cube, IReadOnlyList<string> Measures, string? Dimension, bool OverTime, ChartKind Kind)
{
    public static ExploreRequest Parse(IQueryCollection query, SemanticModel model, KpiCatalog kpis)
    {
        var cubeName = Text(query["x.cube"]) ?? "tickets";
        var cube = kpis.Cubes.ContainsKey(cubeName) ? model.Cube(cubeName) : null;
        if (cube is null)
        {
            throw new DashboardFilterException("x.cube", $"'{cubeName}' is not a cube that can be explored ({string.Join(", ", Explorable(model, kpis).Select(c => c.Name))})");
        }
        var measures = query["x.measure"].OfType<string>().Where(m => m.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (measures.FirstOrDefault(m => !cube.Measures.Any(x => $"{cube.Name}.{x.Name}" == m)) is { } unknown)
        {
            throw new DashboardFilterException("x.measure", $"'{unknown}' is not a measure of {cube.Name}");
        }
        if (measures.Count == 0)
        {
            measures.Add(Default(cube, kpis));
        }
        var dimension = Text(query["x.dimension"]);
        if (dimension is not null && !cube.Dimensions.Any(d => d.Name == dimension && d.Type != DimensionType.Time && Breakable(d)))
        {
            throw new DashboardFilterException("x.dimension", $"'{dimension}' is not a dimension of {cube.Name} to break down by");
        }
        var overTime = Text(query["x.over"]) != "none" || dimension is null;
        var kind = Text(query["x.chart"]) switch
        {
            null => overTime ? ChartKind.Line : ChartKind.Bar,
            "line" => ChartKind.Line,
            "bar" => ChartKind.Bar,
            "stacked-bar" => ChartKind.StackedBar,
            "horizontal-bar" => ChartKind.HorizontalBar,
            var other => throw new DashboardFilterException("x.chart", $"'{other}' is not line, bar, stacked-bar or horizontal-bar"),
        };
        return new ExploreRequest(cube.Name, measures, dimension, overTime, kind);
    }

    /// <summary>
    /// Whether a chart can break down by the dimension: not by a row's own id or free text (a line per
    /// ticket or comment), which filters can still use. Accounts are few enough to compare.
    /// </summary>
    public static bool Breakable(DimensionDefinition dimension) =>
        dimension.Name == "account_id" || !(dimension.Name.EndsWith("_id", StringComparison.Ordinal) || dimension.Name is "comment" or "responded_on");

    /// <summary>The cubes with an event time (the view's dates need one).</summary>
    public static IEnumerable<CubeDefinition> Explorable(SemanticModel model, KpiCatalog kpis) =>
        model.Cubes.Where(c => kpis.Cubes.ContainsKey(c.Name)).OrderBy(c => c.Name, StringComparer.Ordinal);

    public ChartDefinition Chart(SemanticModel model)
    {
        var cube = model.Cube(Cube)!;
        var series = Measures.Select(m => new ChartSeries(m, cube.Measures.First(x => $"{cube.Name}.{x.Name}" == m).Title ?? m, null)).ToList();
        var title = string.Join(", ", series.Select(s => s.Title)) + (Dimension is null ? "" : $" by {Dimension.Replace('_', ' ')}");
        return new ChartDefinition("explore", title, Kind, Cube, series) { OverTime = OverTime, Breakdown = Dimension };
    }

    /// <summary>The first KPI's measure of the cube, else its first measure.</summary>
    private static string Default(CubeDefinition cube, KpiCatalog kpis) =>
        kpis.Kpis.FirstOrDefault(k => k.Cube == cube.Name)?.Measure ?? $"{cube.Name}.{cube.Measures[0].Name}";

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
