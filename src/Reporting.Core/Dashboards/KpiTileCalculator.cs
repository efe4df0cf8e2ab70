using Reporting.Core.Cube;
using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Kpis;

namespace Reporting.Core.Dashboards;

/// <summary>
/// Computes KPI tiles for a view: per cube, one query for the view's dates compared with the period
/// before, and one per period of the view's grain; composite KPIs (the engagement index) from their
/// components' values, as the KPI calculator does.
/// </summary>
public sealed class KpiTileCalculator(KpiCatalog catalog, SemanticModel model, CubeQueryRunner run)
{
    public IReadOnlyList<KpiTile> Compute(IReadOnlyList<string> kpiIds, DashboardFilters filters, DateOnly today, CancellationToken cancellationToken = default)
    {
        var wanted = WithDependencies(kpiIds);
        var current = new Dictionary<string, KpiValue>(StringComparer.Ordinal);
        var previous = new Dictionary<string, KpiValue>(StringComparer.Ordinal);
        var periods = new SortedDictionary<DateOnly, Dictionary<string, KpiValue>>();
        DateRange? range = null, previousRange = null;
        foreach (var group in wanted.Where(k => k.Cube is not null).GroupBy(k => k.Cube!, StringComparer.Ordinal))
        {
            var kpis = group.ToList();
            var query = Query(group.Key, kpis, filters);
            var totals = run(query with { Compare = CompareWith.PreviousPeriod }, today, cancellationToken);
            Read(kpis, totals, 0, current);
            Read(kpis, totals.Compare!, 0, previous);
            range ??= filters.Range;
            previousRange ??= totals.Compare!.DateRange;
            var series = run(query with { TimeDimension = query.TimeDimension! with { Granularity = filters.Grain } }, today, cancellationToken);
            var bucket = series.Columns.Count(c => c.Kind == Cube.Compiling.OutputKind.Dimension) - 1;
            for (var row = 0; row < series.Rows.Count; row++)
            {
                var period = (DateOnly)series.Rows[row][bucket]!;
                Read(kpis, series, row, periods.TryGetValue(period, out var values) ? values : periods[period] = new(StringComparer.Ordinal));
            }
        }
        AddComposites(wanted, current);
        AddComposites(wanted, previous);
        foreach (var values in periods.Values)
        {
            AddComposites(wanted, values);
        }
        return kpiIds.Select(id => Tile(catalog.Kpi(id)!, current, previous, periods, range ?? filters.Range, previousRange)).ToList();
    }

    private KpiTile Tile(KpiDefinition kpi, Dictionary<string, KpiValue> current, Dictionary<string, KpiValue> previous,
        SortedDictionary<DateOnly, Dictionary<string, KpiValue>> periods, DateRange range, DateRange? previousRange) =>
        new(kpi, current[kpi.Id], previous[kpi.Id])
        {
            Range = range,
            PreviousRange = previousRange ?? range,
            Margin = KpiMargin.Of(kpi, current[kpi.Id], current.GetValueOrDefault(KpiMargin.MarginKpiOf(kpi.Id))),
            Sparkline = periods.Select(p => new KpiPoint(p.Key, p.Value.GetValueOrDefault(kpi.Id)?.Value)).ToList(),
        };

    /// <summary>The KPIs asked for, the components of composite ones, and each one's margin KPI.</summary>
    private List<KpiDefinition> WithDependencies(IReadOnlyList<string> ids)
    {
        var all = new List<KpiDefinition>();
        void Add(string id)
        {
            if (catalog.Kpi(id) is not { } kpi || all.Contains(kpi))
            {
                return;
            }
            kpi.Components.ToList().ForEach(c => Add(c.Kpi));
            all.Add(kpi);
            Add(KpiMargin.MarginKpiOf(id));
        }
        foreach (var id in ids)
        {
            Add(id);
        }
        return all;
    }

    private CubeQuery Query(string cube, List<KpiDefinition> kpis, DashboardFilters filters)
    {
        var definition = model.Cube(cube)!;
        var chart = new ChartDefinition("tiles", "tiles", ChartKind.Line, cube,
            kpis.SelectMany(k => new[] { k.Measure!, k.Observations }).OfType<string>().Distinct(StringComparer.Ordinal).Select(m => new ChartSeries(m, m, null)).ToList());
        return ChartQuery.Build(chart, filters, definition, catalog.Cubes[cube]);
    }

    private void Read(List<KpiDefinition> kpis, CubeResult result, int row, Dictionary<string, KpiValue> into)
    {
        foreach (var kpi in kpis)
        {
            var value = row < result.Rows.Count ? KpiNumbers.ToDouble(result.Value(row, kpi.Measure!)) : null;
            var n = row < result.Rows.Count ? KpiNumbers.ToCount(result.Value(row, kpi.Observations ?? kpi.Measure + ".n")) : 0;
            into[kpi.Id] = new KpiValue(Round(value, kpi.Decimals), n, n < catalog.LowSampleBelow);
        }
    }

    private void AddComposites(List<KpiDefinition> kpis, Dictionary<string, KpiValue> values)
    {
        // A period one cube has and another lacks (weeks of a monthly cube) has no value for the latter.
        foreach (var missing in kpis.Where(k => !values.ContainsKey(k.Id)).ToList())
        {
            values[missing.Id] = new KpiValue(null, 0, LowSample: true);
        }
        foreach (var kpi in kpis.Where(k => k.Components.Count > 0))
        {
            var (value, n) = CompositeKpi.Compute(kpi, catalog, values);
            values[kpi.Id] = new KpiValue(Round(value, kpi.Decimals), n, n < catalog.LowSampleBelow);
        }
    }

    private static double? Round(double? value, int decimals) =>
        value is { } v ? Math.Round(v, decimals, MidpointRounding.AwayFromZero) : null;
}
