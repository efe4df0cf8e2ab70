using Reporting.Bench.Cube;
using Reporting.Web.Embed;

namespace Reporting.Bench.Http;

/// <summary>
/// What the http benchmark loads: cached cube queries, and an embedded chart's data as an embed
/// fetches it (one account's first-response p90 by priority, behind a signed token).
/// </summary>
public static class HttpTargets
{
    public static IReadOnlyList<HttpTarget> All { get; } =
    [
        Cube(KpiQueryId.ReopenRateByTier, """{"measures":["tickets.reopen_rate"],"dimensions":["tickets.tier"],"totals":"rollup"}"""),
        Cube(KpiQueryId.NpsBySegmentMonth, """
            {"measures":["surveys.nps"],"dimensions":["surveys.segment"],
             "timeDimension":{"dimension":"surveys.responded_at","granularity":"month"},"totals":"rollup"}
            """),
        EmbedChart(),
    ];

    public const string EmbedChartName = "cached embed chart: FRT p90 by priority, one account";

    private static HttpTarget EmbedChart()
    {
        var token = EmbedToken.For(new EmbedResource(EmbedResourceKind.Chart, "support", "frt_p90_by_priority"),
            new Dictionary<string, IReadOnlyList<string>> { ["account_id"] = ["A7"] });
        return new HttpTarget(EmbedChartName, "GET", $"/embed/{token}/api/charts/support/frt_p90_by_priority", null) { EmbedView = true };
    }

    private static HttpTarget Cube(KpiQueryId id, string body)
    {
        var query = KpiQueries.All.Single(q => q.Id == id);
        return new HttpTarget($"cached cube query: {query.Name}", "POST", "/api/cube/query", body) { Expect = query };
    }
}
