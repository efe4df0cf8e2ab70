using System.Globalization;
using System.Text;

namespace Reporting.Bench;

/// <summary>Prints figures as an aligned table for the console and as Markdown for the README.</summary>
public static class FigureTable
{
    public static void Print(IReadOnlyList<Figure> figures)
    {
        Console.WriteLine();
        Console.WriteLine($"{"benchmark",-9} {"subject",-58} {"median",12} {"min",12} {"max",12} {"rows/s",12} {"vs baseline",11}");
        foreach (var f in figures)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{f.Benchmark,-9} {f.Subject,-58} {Value(f, f.Median),12} {Value(f, f.Min),12} {Value(f, f.Max),12} {RowsPerSecond(f),12} {Ratio(f),11}"));
        }
    }

    public static string Markdown(IReadOnlyList<Figure> figures)
    {
        var text = new StringBuilder();
        text.AppendLine("| benchmark | subject | median | min | max | rows/s | vs baseline |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var f in figures)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {f.Benchmark} | {f.Subject} | {Value(f, f.Median)} | {Value(f, f.Min)} | {Value(f, f.Max)} | {RowsPerSecond(f)} | {Ratio(f)} |");
        }
        return text.ToString();
    }

    /// <summary>Seconds in the unit that keeps three significant digits readable (s, ms, µs).</summary>
    public static string Value(Figure figure, double value) => figure.Unit switch
    {
        Figure.Seconds => Duration(value),
        Figure.RequestsPerSecond => value.ToString("N0", CultureInfo.InvariantCulture) + " req/s",
        _ => value.ToString("N0", CultureInfo.InvariantCulture) + " " + figure.Unit,
    };

    public static string Duration(double seconds) => seconds switch
    {
        >= 1 => seconds.ToString("0.00", CultureInfo.InvariantCulture) + " s",
        >= 0.001 => (seconds * 1e3).ToString("0.0", CultureInfo.InvariantCulture) + " ms",
        _ => (seconds * 1e6).ToString("0.0", CultureInfo.InvariantCulture) + " µs",
    };

    private static string RowsPerSecond(Figure figure) =>
        figure.RowsPerSecond is { } r ? r.ToString("N0", CultureInfo.InvariantCulture) : "";

    private static string Ratio(Figure figure) =>
        figure.RelativeSpeed is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) + "×" : figure.IsBaseline ? "baseline" : "";
}
