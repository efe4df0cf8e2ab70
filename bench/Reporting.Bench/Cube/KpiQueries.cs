using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;

namespace Reporting.Bench.Cube;

/// <summary>A representative dashboard query, named for the table of figures.</summary>
public sealed record KpiQuery(string Name, CubeQuery Query);

/// <summary>
/// The queries a dashboard asks most: a ratio with subtotals, a percentile, an average by a
/// dimension with many values, a time series, and a formula by two dimensions with subtotals.
/// </summary>
public static class KpiQueries
{
    public static IReadOnlyList<KpiQuery> All { get; } =
    [
        new("reopen% by segment +rollup", new CubeQuery
        {
            Measures = ["tickets.reopen_rate"],
            Dimensions = ["tickets.segment"],
            Totals = Totals.Rollup,
        }),
        new("FRT p90 by priority", new CubeQuery
        {
            Measures = ["tickets.frt_p90_minutes"],
            Dimensions = ["tickets.priority"],
        }),
        new("handoffs/ticket by CSM", new CubeQuery
        {
            Measures = ["tickets.handoffs_per_ticket"],
            Dimensions = ["tickets.csm"],
        }),
        new("tickets by month", new CubeQuery
        {
            Measures = ["tickets.count"],
            TimeDimension = new TimeDimensionQuery("tickets.created_at", TimeGranularity.Month, null),
        }),
        new("NPS by segment x month +rollup", new CubeQuery
        {
            Measures = ["surveys.nps"],
            Dimensions = ["surveys.segment"],
            TimeDimension = new TimeDimensionQuery("surveys.responded_at", TimeGranularity.Month, null),
            Totals = Totals.Rollup,
        }),
    ];
}
