using Reporting.Bench.Cube;

namespace Reporting.Bench.Http;

/// <summary>
/// One URL the http benchmark loads with wrk: its method, path and JSON body, the cube query whose
/// rows its answer must carry (checked once before timing), or why it cannot be measured yet.
/// </summary>
public sealed record HttpTarget(string Name, string Method, string? Path, string? Body)
{
    public KpiQuery? Expect { get; init; }

    /// <summary>Set while the feature is being built; the benchmark prints it instead of figures.</summary>
    public string? NotAvailableYet { get; init; }
}
