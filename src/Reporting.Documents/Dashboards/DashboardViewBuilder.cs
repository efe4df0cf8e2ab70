using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Dashboards;
using Reporting.Core.Kpis;
using Reporting.Documents.Cube;

namespace Reporting.Documents.Dashboards;

/// <summary>
/// Builds a dashboard's view for a set of filters: the tiles from the KPI tile calculator and each
/// chart's rows from its cube query, both through the cube cache.
/// </summary>
public sealed class DashboardViewBuilder(SemanticModel model, KpiCatalog kpis, CubeCache cache)
{
    private readonly KpiTileCalculator tiles = new(kpis, model, cache.Query);

    public DashboardView Build(DashboardDefinition dashboard, DashboardFilters filters, DateOnly today, CancellationToken cancellationToken)
    {
        var tileViews = tiles.Compute(dashboard.Tiles, filters, today, cancellationToken).Select(Tile).ToList();
        var charts = dashboard.Charts.Select(c => Chart(c, filters, today, cancellationToken)).ToList();
        return new DashboardView(dashboard.Id, dashboard.Title, dashboard.Summary, Filters(filters), tileViews, charts) { Panels = dashboard.Panels };
    }

    /// <summary>One chart alone (Explore, embeds of a chart).</summary>
    public ChartView Chart(ChartDefinition chart, DashboardFilters filters, DateOnly today, CancellationToken cancellationToken)
    {
        var cube = model.Cube(chart.Cube)!;
        var period = kpis.Cubes[chart.Cube];
        var query = ChartQuery.Build(chart, filters, cube, period);
        var result = cache.Query(query, today, cancellationToken);
        var series = chart.Series.Select((s, i) => Series(s) with { Color = chart.Colors.Count > i ? chart.Colors[i] : null }).ToList();
        var view = new ChartView(chart.Id, chart.Title, Kind(chart.Kind), series, result.Records())
        {
            Description = chart.Description,
            Breakdown = chart.Breakdown is { } b ? $"{cube.Name}.{b}" : null,
            BreakdownField = chart.Breakdown,
            BreakdownColors = chart.BreakdownColors,
            Time = chart.OverTime ? $"{cube.Name}.{period.Time}.{filters.Grain.ToString().ToLowerInvariant()}" : null,
            Grain = chart.OverTime ? filters.Grain.ToString().ToLowerInvariant() : null,
            MeasuresAsCategories = chart.MeasuresAsCategories,
            NotFilteredBy = ChartQuery.NotApplied(filters, cube),
            Truncated = result.Truncated,
            CubeQuery = query,
            CsvUrl = CsvLink(query, chart.Id),
        };
        // Built now, not while the view is being written: a value the chart cannot read fails the request
        // before the answer starts, never half-way through its JSON (issue 16 saw half a view with an error in it).
        _ = view.Data;
        return view;
    }

    public static string CsvLink(CubeQuery query, string name) =>
        $"/api/cube/csv?name={Uri.EscapeDataString(name)}&query={Uri.EscapeDataString(QueryJsonWriter.Write(query))}";

    private SeriesView Series(ChartSeries series)
    {
        var kpi = series.Kpi is { } id ? kpis.Kpi(id) : null;
        var resolved = model.Resolve(series.Measure)!.Value;
        var measure = resolved.Cube.Measures.First(m => m.Name == resolved.Member);
        // Counts are whole; other measures without decimals of their own show two.
        var decimals = kpi?.Decimals ?? measure.Decimals ?? (measure.Type is MeasureType.Count or MeasureType.CountDistinct ? 0 : 2);
        return new SeriesView(series.Measure, kpi is null ? series.Title : DisplayFormat.KpiTitle(kpi, model), decimals)
        {
            Kpi = kpi?.Id,
            Unit = kpi?.Unit.ToString().ToLowerInvariant(),
            Target = kpi?.Target,
        };
    }

    private TileView Tile(KpiTile tile)
    {
        var kpi = tile.Kpi;
        return new TileView(kpi.Id, DisplayFormat.KpiTitle(kpi, model), kpi.Description, tile.Current.Value,
            DisplayFormat.Value(tile.Current.Value, kpi.Decimals, kpi.Unit), tile.Current.N, tile.Current.LowSample, tile.Status.ToString().ToLowerInvariant())
        {
            Target = kpi.Target is { } target ? DisplayFormat.Value(target, kpi.Decimals, kpi.Unit) : null,
            Change = tile.Change,
            ChangeDisplay = DisplayFormat.Change(tile.Change, kpi.Decimals, kpi.Unit),
            ChangeLabel = ChangeLabel(tile),
            Margin = tile.Margin is { } margin ? "±" + DisplayFormat.Number(margin, kpi.Decimals) : null,
            PreviousDisplay = DisplayFormat.Value(tile.Previous.Value, kpi.Decimals, kpi.Unit),
            PreviousRange = DisplayFormat.Range(tile.PreviousRange.From, tile.PreviousRange.To),
            SparklinePoints = Sparkline.Points(tile.Sparkline.Select(p => p.Value).ToList()),
            Sparkline = tile.Sparkline.Select(p => new SparkPoint(p.Period.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), p.Value)).ToList(),
        };
    }

    private static string ChangeLabel(KpiTile tile) => tile switch
    {
        { Change: null } => "no earlier value",
        { Significant: false } => "not significant",
        { Improved: true } => "improved",
        { Improved: false } => "worsened",
        _ => "no change",
    };

    public static FilterView Filters(DashboardFilters filters) => new(
        filters.Range.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        filters.Range.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        filters.Grain.ToString().ToLowerInvariant(), filters.Fields, filters.ToQueryString());

    private static string Kind(ChartKind kind) => kind switch
    {
        ChartKind.Line => "line",
        ChartKind.Bar => "bar",
        ChartKind.StackedBar => "stacked-bar",
        ChartKind.HorizontalBar => "horizontal-bar",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
