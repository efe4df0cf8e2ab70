using System.Globalization;
using System.Text;

namespace Reporting.Bench;

/// <summary>
/// The figures per query on one line each, for the README: the cube's warm time, its overhead over
/// raw DuckDB (cold and warm), the cached p50, what aggregating below the joins gains over the
/// one-step statement, and how many times faster it was than each baseline (warm, then cold),
/// every ratio from the same run.
/// </summary>
public static class SummaryTable
{
    public static string Markdown(IReadOnlyList<Figure> figures)
    {
        var queries = figures.Where(f => f is { Benchmark: "cube", Side: "cube", Mode: "warm" }).Select(QueryOf).ToList();
        if (queries.Count == 0)
        {
            return "";
        }
        var text = new StringBuilder();
        text.AppendLine("| query | cube warm | overhead vs DuckDB cold / warm | cached p50 | vs one step warm / cold | vs PostgreSQL warm / cold | vs SQLite warm / cold | vs LINQ |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var query in queries)
        {
            string Cell(string benchmark, string mode) => Find(figures, benchmark, mode, query) is { RelativeSpeed: { } r } ? Times(r) : "–";
            string Overhead(string mode) => Find(figures, "cube", mode, query) is { RelativeSpeed: { } r } ? Times(1 / r) : "–";
            var warm = Find(figures, "cube", "warm", query);
            var cached = Find(figures, "cube", "cached", query);
            text.AppendLine(CultureInfo.InvariantCulture, $"| {query} | {(warm is null ? "–" : FigureTable.Duration(warm.Median))} | {Overhead("cold")} / {Overhead("warm")} "
                + $"| {(cached is null ? "–" : FigureTable.Duration(cached.Median))} | {Cell("layout", "warm")} / {Cell("layout", "cold")} "
                + $"| {Cell("postgres", "warm")} / {Cell("postgres", "cold")} "
                + $"| {Cell("sqlite", "warm")} / {Cell("sqlite", "cold")} | {Cell("linq", "warm")} |");
        }
        return text.ToString();
    }

    private static string QueryOf(Figure figure) => figure.Subject[..figure.Subject.LastIndexOf(", ", StringComparison.Ordinal)];

    private static Figure? Find(IReadOnlyList<Figure> figures, string benchmark, string mode, string query) =>
        figures.FirstOrDefault(f => f.Benchmark == benchmark && f.Mode == mode && f.Side is "cube" or null && QueryOf(f) == query
            && f.Subject.Contains(", " + mode + ":", StringComparison.Ordinal) && (mode == "cached" || f.RelativeSpeed is not null));

    private static string Times(double ratio) => ratio.ToString(ratio < 1 ? "0.00" : "0.0", CultureInfo.InvariantCulture) + "×";
}
