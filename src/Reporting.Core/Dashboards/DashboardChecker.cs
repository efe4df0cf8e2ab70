using System.Text.RegularExpressions;
using Reporting.Core.Cube.Model;
using Reporting.Core.Kpis;

namespace Reporting.Core.Dashboards;

/// <summary>Turns a dashboard file into its definition, or throws naming the file, dashboard and chart at fault.</summary>
internal sealed partial class DashboardChecker(SemanticModel model, KpiCatalog kpis, IReadOnlySet<string> panels)
{
    public DashboardDefinition Check(DashboardFile.DashboardYaml yaml, string file)
    {
        Require(Id().IsMatch(yaml.Id), file, $"id '{yaml.Id}' must be lower-case letters, digits, '-' or '_'");
        Require(yaml.Title.Length > 0, file, $"dashboard '{yaml.Id}' needs a title");
        Require(yaml.Scope is "all" or "account", file, $"dashboard '{yaml.Id}': scope '{yaml.Scope}' is not all or account");
        Require(yaml.DefaultMonths is >= 1 and <= 36, file, $"dashboard '{yaml.Id}': default_months must be 1 to 36");
        foreach (var tile in yaml.Tiles)
        {
            Require(kpis.Kpi(tile) is { Computed: null }, file, $"dashboard '{yaml.Id}': tile '{tile}' is not a KPI of {kpis.File} with a measure or components");
        }
        foreach (var panel in yaml.Panels)
        {
            Require(panels.Contains(panel), file, $"dashboard '{yaml.Id}': panel '{panel}' is not one of {string.Join(", ", panels.Order(StringComparer.Ordinal))}");
        }
        var charts = yaml.Charts.Select(c => Chart(c, $"dashboard '{yaml.Id}', chart '{c.Id}'", file)).ToList();
        if (charts.GroupBy(c => c.Id).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new DashboardException(file, $"dashboard '{yaml.Id}': chart id '{twice.Key}' is used twice");
        }
        return new DashboardDefinition(yaml.Id, yaml.Title)
        {
            Summary = yaml.Summary,
            Order = yaml.Order,
            DefaultMonths = yaml.DefaultMonths,
            PerAccount = yaml.Scope == "account",
            Tiles = yaml.Tiles,
            Panels = yaml.Panels,
            Charts = charts,
            File = file,
        };
    }

    private ChartDefinition Chart(DashboardFile.ChartYaml yaml, string where, string file)
    {
        Require(Id().IsMatch(yaml.Id), file, $"{where}: id must be lower-case letters, digits, '-' or '_'");
        var series = yaml.Kpis.Select(id => KpiSeries(id, where, file)).Concat(yaml.Measures.Select(m => MeasureSeries(m, null, where, file))).ToList();
        Require(series.Count > 0, file, $"{where}: needs kpis or measures");
        var cubes = series.Select(s => s.Measure[..s.Measure.IndexOf('.', StringComparison.Ordinal)]).Distinct().ToList();
        Require(cubes.Count == 1, file, $"{where}: its measures come from several cubes ({string.Join(", ", cubes)}); a chart draws one cube");
        var cube = model.Cube(cubes[0])!;
        Require(kpis.Cubes.ContainsKey(cube.Name), file, $"{where}: cube '{cube.Name}' has no event time in {kpis.File} (cubes:)");
        Require(yaml.OverTime || yaml.Breakdown is not null, file, $"{where}: needs over_time, a breakdown, or both");
        if (yaml.Breakdown is { } breakdown)
        {
            var dimension = cube.Dimensions.FirstOrDefault(d => d.Name == breakdown);
            Require(dimension is { Type: not DimensionType.Time }, file, $"{where}: breakdown '{breakdown}' is not a dimension of cube '{cube.Name}'");
        }
        Require(!yaml.MeasuresAsCategories || (yaml.Breakdown is not null && !yaml.OverTime), file, $"{where}: measures_as_categories needs a breakdown and no over_time");
        Require(yaml.Sort is "label" or "value", file, $"{where}: sort '{yaml.Sort}' is not label or value");
        Require(yaml.Limit is null or > 0, file, $"{where}: limit must be positive");
        Require(yaml.Colors.Count == 0 || yaml.Colors.Count == series.Count, file, $"{where}: colors must name one colour per series ({series.Count})");
        Require(yaml.Colors.All(c => Colors.Contains(c)), file, $"{where}: colors are tokens: {string.Join(", ", Colors)}");
        Require(yaml.BreakdownColors.Count == 0 || yaml.Breakdown is not null, file, $"{where}: breakdown_colors needs a breakdown");
        Require(yaml.BreakdownColors.Values.All(c => Colors.Contains(c)), file, $"{where}: breakdown_colors are tokens: {string.Join(", ", Colors)}");
        foreach (var (field, values) in yaml.Filters)
        {
            Require(cube.Dimensions.Any(d => d.Name == field && d.Type != DimensionType.Time) && values.Count > 0, file, $"{where}: filter '{field}' is not a dimension of cube '{cube.Name}' with values");
        }
        return new ChartDefinition(yaml.Id, yaml.Title, Kind(yaml.Type, where, file), cube.Name, series)
        {
            Description = yaml.Description,
            OverTime = yaml.OverTime,
            Breakdown = yaml.Breakdown,
            MeasuresAsCategories = yaml.MeasuresAsCategories,
            SortByValue = yaml.Sort == "value",
            Limit = yaml.Limit,
            Colors = yaml.Colors,
            BreakdownColors = yaml.BreakdownColors,
            Filters = yaml.Filters.ToDictionary(f => f.Key, f => (IReadOnlyList<string>)f.Value, StringComparer.Ordinal),
        };
    }

    private ChartSeries KpiSeries(string id, string where, string file)
    {
        var kpi = kpis.Kpi(id);
        Require(kpi is { Measure: not null }, file, $"{where}: '{id}' is not a KPI with a measure in {kpis.File}");
        return MeasureSeries(kpi!.Measure!, id, where, file);
    }

    private ChartSeries MeasureSeries(string member, string? kpi, string where, string file)
    {
        var resolved = model.Resolve(member);
        var measure = resolved?.Cube.Measures.FirstOrDefault(m => m.Name == resolved.Value.Member);
        Require(measure is not null, file, $"{where}: '{member}' is not a measure of the model");
        return new ChartSeries(member, measure!.Title ?? measure.Name, kpi);
    }

    private static ChartKind Kind(string type, string where, string file) => type switch
    {
        "line" => ChartKind.Line,
        "bar" => ChartKind.Bar,
        "stacked-bar" => ChartKind.StackedBar,
        "horizontal-bar" => ChartKind.HorizontalBar,
        _ => throw new DashboardException(file, $"{where}: type '{type}' is not one of line, bar, stacked-bar, horizontal-bar"),
    };

    private static void Require(bool condition, string file, string message)
    {
        if (!condition)
        {
            throw new DashboardException(file, message);
        }
    }

    private static readonly string[] Colors = ["good", "warn", "bad", "muted", .. Enumerable.Range(1, 8).Select(i => $"series-{i}")];

    [GeneratedRegex("^[a-z][a-z0-9_-]*$")]
    private static partial Regex Id();
}
