using System.Diagnostics;

namespace Reporting.Bench;

/// <summary>
/// One measured figure: the median of several runs with min and max, in its unit (seconds,
/// requests per second, MiB), and for a timing its speed relative to a baseline measured in the same run.
/// </summary>
public sealed record Figure(string Benchmark, string Subject, string Unit, double Median, double Min, double Max)
{
    public const string Seconds = "s";
    public const string RequestsPerSecond = "req/s";
    public const string MiB = "MiB";

    /// <summary>The rows the timed work went through (for rows/s), when that means something.</summary>
    public long? Rows { get; init; }

    public double? RowsPerSecond => Unit == Seconds && Rows is { } rows ? rows / Median : null;

    /// <summary>How many runs the median is of.</summary>
    public int Runs { get; init; }

    /// <summary>cold, warm or cached, for a query; what the targets pick figures by.</summary>
    public string? Mode { get; init; }

    /// <summary>Who answered: cube, DuckDB, PostgreSQL 15, SQLite, LINQ …</summary>
    public string? Side { get; init; }

    /// <summary>This figure's speed relative to the baseline's, measured in the same run (1.0 = as fast, 10 = ten times faster).</summary>
    public double? RelativeSpeed { get; init; }

    public static Figure Of(string benchmark, string subject, string unit, IEnumerable<double> samples)
    {
        var sorted = samples.Order().ToList();
        if (sorted.Count == 0)
        {
            throw new InvalidOperationException($"{benchmark} {subject}: no sample measured");
        }
        return new Figure(benchmark, subject, unit, sorted[sorted.Count / 2], sorted[0], sorted[^1]) { Runs = sorted.Count };
    }

    public static Figure OfSeconds(string benchmark, string subject, long rows, IEnumerable<double> seconds) =>
        Of(benchmark, subject, Seconds, seconds) with { Rows = rows };

    public static double Time(Action run)
    {
        var clock = Stopwatch.StartNew();
        run();
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>A figure others are compared with.</summary>
    public bool IsBaseline { get; init; }

    public Figure ComparedTo(Figure baseline) => this with { RelativeSpeed = baseline.Median / Median };

    /// <summary>The baseline, then ours with its speed relative to it.</summary>
    public static IReadOnlyList<Figure> Pair(Figure baseline, Figure ours) => [baseline with { IsBaseline = true }, ours.ComparedTo(baseline)];
}
