using System.Globalization;
using Reporting.Core.Ingest;

namespace Reporting.Bench.Loading;

/// <summary>
/// Where our loader's time goes: each step's median over the runs, with its share of the whole,
/// printed under the load benchmark so a missed target comes with its profile.
/// </summary>
public static class LoadBreakdown
{
    public static void Print(IReadOnlyList<IReadOnlyList<LoadStep>> runs)
    {
        if (runs.Count == 0)
        {
            return;
        }
        // Steps keep their order of the first run; a step that ran several times in a load adds up.
        var names = runs[0].Select(s => s.Name).Distinct().ToList();
        var medians = names.Select(n => (Name: n, Seconds: Median(runs.Select(r => r.Where(s => s.Name == n).Sum(s => s.Seconds))))).ToList();
        var total = medians.Sum(m => m.Seconds);
        Console.WriteLine($"\nload: where our loader's time goes (median of {runs.Count} runs)");
        foreach (var (name, seconds) in medians)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-40} {seconds,8:F3} s  {100 * seconds / total,5:F1} %"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {"total of the steps",-40} {total,8:F3} s"));
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
