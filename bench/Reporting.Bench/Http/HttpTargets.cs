using Reporting.Bench.Cube;

namespace Reporting.Bench.Http;

/// <summary>
/// What the http benchmark loads. The extension point for features still being built: when the
/// embed chart URL exists, give its target a Path (and a signed token from the server's embed
/// secret) and drop NotAvailableYet; the benchmark then measures it like the others.
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
        new("embed chart", "GET", null, null) { NotAvailableYet = "the embed chart URL is being built (signed-token embeds)" },
    ];

    private static HttpTarget Cube(KpiQueryId id, string body)
    {
        var query = KpiQueries.All.Single(q => q.Id == id);
        return new HttpTarget($"cached cube query: {query.Name}", "POST", "/api/cube/query", body) { Expect = query };
    }
}
