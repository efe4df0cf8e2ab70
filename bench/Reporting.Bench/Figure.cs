using System.Diagnostics;
using System.Globalization;

namespace Reporting.Bench;

/// <summary>One measured figure: the median of several runs with min and max, and its ratio to a baseline.</summary>
public sealed record Figure(string Benchmark, string Subject, double MedianSeconds, double MinSeconds, double MaxSeconds, long Rows)
{
    public double RowsPerSecond => Rows / MedianSeconds;

    /// <summary>This figure's speed relative to the baseline's, measured in the same run (1.0 = as fast).</summary>
    public double? RelativeSpeed { get; init; }

    public static Figure Measure(string benchmark, string subject, long rows, int runs, Action<int> run)
    {
        var seconds = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            run(i);
            seconds.Add(clock.Elapsed.TotalSeconds);
        }
        seconds.Sort();
        return new Figure(benchmark, subject, seconds[seconds.Count / 2], seconds[0], seconds[^1], rows);
    }

    public Figure ComparedTo(Figure baseline) => this with { RelativeSpeed = baseline.MedianSeconds / MedianSeconds };
}

/// <summary>Prints figures as an aligned table.</summary>
public static class FigureTable
{
    public static void Print(IReadOnlyList<Figure> figures)
    {
        Console.WriteLine($"{"benchmark",-10} {"subject",-44} {"median s",9} {"min s",8} {"max s",8} {"rows/s",12} {"vs baseline",12}");
        foreach (var f in figures)
        {
            var ratio = f.RelativeSpeed is { } r ? r.ToString("0.00x", CultureInfo.InvariantCulture) : "baseline";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{f.Benchmark,-10} {f.Subject,-44} {f.MedianSeconds,9:0.000} {f.MinSeconds,8:0.000} {f.MaxSeconds,8:0.000} {f.RowsPerSecond,12:N0} {ratio,12}"));
        }
    }
}
