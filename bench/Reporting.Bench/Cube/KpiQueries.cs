using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;

namespace Reporting.Bench.Cube;

/// <summary>The five queries the issue names; every baseline answers each by its <see cref="KpiQueryId"/>.</summary>
public static class KpiQueries
{
    public static IReadOnlyList<KpiQuery> All { get; } =
    [
        new(KpiQueryId.NpsBySegmentMonth, "NPS by segment x month +rollup", new CubeQuery
        {
            Measures = ["surveys.nps"],
            Dimensions = ["surveys.segment"],
            TimeDimension = new TimeDimensionQuery("surveys.responded_at", TimeGranularity.Month, null),
            Totals = Totals.Rollup,
        }),
        new(KpiQueryId.FrtP90ByPriority, "FRT p90 by priority", new CubeQuery
        {
            Measures = ["tickets.frt_p90_minutes"],
            Dimensions = ["tickets.priority"],
        }),
        new(KpiQueryId.ReopenRateByTier, "reopen rate by tier +rollup", new CubeQuery
        {
            Measures = ["tickets.reopen_rate"],
            Dimensions = ["tickets.tier"],
            Totals = Totals.Rollup,
        }),
        new(KpiQueryId.HandoffsByCsm, "handoffs/ticket by CSM", new CubeQuery
        {
            Measures = ["tickets.handoffs_per_ticket"],
            Dimensions = ["tickets.csm"],
        }),
        // The support inputs of the health score, per account: a median, a ratio and a mean at once.
        new(KpiQueryId.HealthInputsByAccount, "health inputs per account", new CubeQuery
        {
            Measures = ["tickets.frt_median_minutes", "tickets.reopen_rate", "tickets.handoffs_per_ticket"],
            Dimensions = ["tickets.account_id"],
        }),
    ];
}
