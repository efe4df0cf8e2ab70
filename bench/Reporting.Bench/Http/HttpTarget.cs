using Reporting.Bench.Cube;

namespace Reporting.Bench.Http;

/// <summary>
/// One URL the http benchmark loads with wrk: its method, path and JSON body, the cube query whose
/// rows its answer must carry (checked once before timing).
/// </summary>
public sealed record HttpTarget(string Name, string Method, string? Path, string? Body)
{
    public KpiQuery? Expect { get; init; }

    /// <summary>An embed's view: checked against the cube's answer to the chart's own query.</summary>
    public bool EmbedView { get; init; }
}
