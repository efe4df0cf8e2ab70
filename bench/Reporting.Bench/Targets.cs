using System.Globalization;

namespace Reporting.Bench;

/// <summary>A target of issue 9 against the worst figure measured for it; Met is null when nothing measured it.</summary>
public sealed record TargetResult(string Target, string Measured, bool? Met);

/// <summary>
/// The issue's targets, each judged on its worst case among the figures of this run (the slowest
/// query, the smallest ratio), so a pass means every query passed.
/// </summary>
public static class Targets
{
    public static IReadOnlyList<TargetResult> Evaluate(IReadOnlyList<Figure> figures, long rows)
    {
        var scale = rows >= 10_000_000 ? "" : string.Create(CultureInfo.InvariantCulture, $" (target set for 10M; measured at {rows:N0})");
        return
        [
            Worst("cube overhead over raw DuckDB, cold ≤ 1.20×", Pick(figures, "cube", "cold", "cube"), f => 1 / f.RelativeSpeed!.Value, v => v <= 1.2, Ratio),
            Worst("cube warm (cached) p50 < 1 ms in process", Pick(figures, "cube", "cached"), f => f.Median, v => v < 0.001, FigureTable.Duration),
            Worst("cube ≥ 10× faster than PostgreSQL" + scale, Pick(figures, "postgres", null, "cube"), f => -f.RelativeSpeed!.Value, v => -v >= 10, v => Ratio(-v)),
            Worst("cube ≥ 5× faster than SQLite" + scale, Pick(figures, "sqlite", null, "cube"), f => -f.RelativeSpeed!.Value, v => -v >= 5, v => Ratio(-v)),
            Worst("cube ≥ 5× faster than LINQ" + scale, Pick(figures, "linq", null, "cube"), f => -f.RelativeSpeed!.Value, v => -v >= 5, v => Ratio(-v)),
            Worst("loading ≥ 50 % of DuckDB read_csv speed", figures.Where(f => f.Benchmark == "load" && f.RelativeSpeed is not null),
                f => -f.RelativeSpeed!.Value, v => -v >= 0.5, v => (-v * 100).ToString("0", CultureInfo.InvariantCulture) + " %"),
            Worst("≥ 5,000 requests/s for a cached cube query over HTTP", CubeHttp(figures, "throughput"), f => -f.Median, v => -v >= 5000, RequestsPerSecond),
            Worst("p99 < 20 ms for a cached cube query over HTTP", CubeHttp(figures, "p99"), f => f.Median, v => v < 0.020, FigureTable.Duration),
            Worst("≥ 2,000 requests/s for a cached embed chart over HTTP (issue 6)", Pick(figures, "http", "throughput", Http.HttpTargets.EmbedChartName),
                f => -f.Median, v => -v >= 2000, RequestsPerSecond),
            Worst("one EBR pack warm < 1.5 s", figures.Where(f => f.Benchmark == "pdf" && f.Mode == "warm"), f => f.Median, v => v < 1.5, FigureTable.Duration),
            // 200 packs take four batches of 50 (the CLI's `reporting ebr --all` prints them the same way).
            Worst("200 EBR packs in batch < 4 min (4 × the batch of 50)", figures.Where(f => f.Benchmark == "pdf" && f.Mode == "batch"), f => 4 * f.Median, v => v < 240, FigureTable.Duration),
            Worst("200 accounts' packs due at once all delivered < 4 min (issue 21)", figures.Where(f => f.Benchmark == "delivery"), f => f.Median, v => v < 240, FigureTable.Duration),
        ];
    }

    public static void Print(IReadOnlyList<TargetResult> results)
    {
        Console.WriteLine();
        Console.WriteLine($"{"target",-80} {"worst measured",-28} result");
        foreach (var r in results)
        {
            Console.WriteLine($"{r.Target,-80} {r.Measured,-28} {Verdict(r)}");
        }
    }

    public static string Verdict(TargetResult result) => result.Met switch
    {
        true => "met",
        false => "MISSED",
        null => "not measured",
    };

    private static IEnumerable<Figure> CubeHttp(IReadOnlyList<Figure> figures, string mode) =>
        Pick(figures, "http", mode).Where(f => f.Side != Http.HttpTargets.EmbedChartName);

    private static string RequestsPerSecond(double negated) => (-negated).ToString("N0", CultureInfo.InvariantCulture) + " req/s";

    private static IEnumerable<Figure> Pick(IReadOnlyList<Figure> figures, string benchmark, string? mode, string? side = null) =>
        figures.Where(f => f.Benchmark == benchmark && (mode is null ? f.Mode is "cold" or "warm" : f.Mode == mode) && (side is null || f.Side == side));

    /// <summary>The figure with the largest value (values negated where larger is better), judged and described.</summary>
    private static TargetResult Worst(string target, IEnumerable<Figure> figures, Func<Figure, double> value, Func<double, bool> met, Func<double, string> format)
    {
        var worst = figures.Select(f => (Figure: f, Value: value(f))).OrderByDescending(x => x.Value).FirstOrDefault();
        return worst.Figure is null
            ? new TargetResult(target, "", null)
            : new TargetResult(target, $"{format(worst.Value)} ({worst.Figure.Subject})", met(worst.Value));
    }

    private static string Ratio(double value) => value.ToString("0.00", CultureInfo.InvariantCulture) + "×";
}
