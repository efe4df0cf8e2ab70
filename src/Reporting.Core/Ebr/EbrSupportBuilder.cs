using Reporting.Core.Accounts;
using Reporting.Core.Cube;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Dashboards;
using Reporting.Core.Kpis;

namespace Reporting.Core.Ebr;

/// <summary>
/// The support section: each support KPI of the period's tiles beside the segment's median (every
/// account of the segment computed at once by the KPI calculator), and first response and
/// resolution by priority from the tickets cube, against the previous period and the segment.
/// </summary>
public sealed class EbrSupportBuilder(KpiCatalog catalog, KpiCalculator calculator, CubeQueryRunner run)
{
    private const string FirstResponse = "frt_median_minutes";
    private const string Resolution = "ttr_median_hours";

    public EbrSupport Build(AccountCard account, IReadOnlyDictionary<string, KpiTile> tiles, DateRange period, DateOnly today, CancellationToken cancellationToken)
    {
        var segment = calculator.ComputeByAccount(new KpiFilter(Segment: account.Segment, From: period.From, To: period.To), today, EbrKpis.Support, cancellationToken);
        var rows = EbrKpis.Support.Select(id =>
        {
            var values = SegmentValues(segment.Values.Select(r => r.Kpis[id]));
            return new EbrSupportRow(catalog.Kpi(id)!, tiles[id].Current, tiles[id].Previous, EbrStatistics.Median(values, catalog.Kpi(id)!.Decimals), values.Count);
        }).ToList();
        return new EbrSupport(account.Segment, rows, ByPriority(account, period, today, cancellationToken));
    }

    private List<EbrPriorityRow> ByPriority(AccountCard account, DateRange period, DateOnly today, CancellationToken cancellationToken)
    {
        var frt = catalog.Kpi(FirstResponse)!;
        var ttr = catalog.Kpi(Resolution)!;
        var time = new TimeDimensionQuery($"tickets.{catalog.Cubes["tickets"].Time}", null, period);
        var own = run(new CubeQuery
        {
            Measures = [frt.Measure!, ttr.Measure!],
            Dimensions = ["tickets.priority"],
            TimeDimension = time,
            Filters = [new QueryFilter("tickets.account_id", FilterOperator.Equals, [account.Id])],
            Compare = CompareWith.PreviousPeriod,
        }, today, cancellationToken);
        var segment = run(new CubeQuery
        {
            Measures = [frt.Measure!, ttr.Measure!],
            Dimensions = ["tickets.priority", "tickets.account_id"],
            TimeDimension = time,
            Filters = [new QueryFilter("tickets.segment", FilterOperator.Equals, [account.Segment])],
        }, today, cancellationToken);
        return catalog.Sla.Keys.Order(StringComparer.Ordinal).Select(priority => new EbrPriorityRow(priority,
            Compare(own, segment, priority, frt), Compare(own, segment, priority, ttr))).ToList();
    }

    private EbrComparison Compare(CubeResult own, CubeResult segment, string priority, KpiDefinition kpi)
    {
        var values = Enumerable.Range(0, segment.Rows.Count)
            .Where(row => (string?)segment.Value(row, "tickets.priority") == priority)
            .Select(row => Value(segment, row, kpi))
            .Where(v => v.N > 0 && v.Value is not null)
            .Select(v => v.Value!.Value);
        return new EbrComparison(Value(own, priority, kpi), Value(own.Compare!, priority, kpi), EbrStatistics.Median(values, kpi.Decimals));
    }

    private KpiValue Value(CubeResult result, string priority, KpiDefinition kpi)
    {
        var row = Enumerable.Range(0, result.Rows.Count).FirstOrDefault(r => (string?)result.Value(r, "tickets.priority") == priority, -1);
        return row < 0 ? new KpiValue(null, 0, true) : Value(result, row, kpi);
    }

    private KpiValue Value(CubeResult result, int row, KpiDefinition kpi)
    {
        var value = KpiNumbers.ToDouble(result.Value(row, kpi.Measure!));
        var n = KpiNumbers.ToCount(result.Value(row, kpi.Measure + ".n"));
        return new KpiValue(value is { } v ? Math.Round(v, kpi.Decimals, MidpointRounding.AwayFromZero) : null, n, n < catalog.LowSampleBelow);
    }

    private static List<double> SegmentValues(IEnumerable<KpiValue> values) =>
        values.Where(v => v.N > 0 && v.Value is not null).Select(v => v.Value!.Value).ToList();
}
