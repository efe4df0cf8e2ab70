using System.Data.Common;
using System.Globalization;
using Reporting.Core.Access;
using Reporting.Core.Cube.Compiling;
using Reporting.DuckDb;

namespace Reporting.Bench.Cube;

/// <summary>
/// What aggregating below the joins gains: the compiler's statement against the one-step statement
/// it writes with that switched off (every fact row joined, then grouped), both sent straight to
/// DuckDB, cold and warm, alternately. Queries whose statement is the same either way (a median or
/// a percentile does not combine) are left out.
/// </summary>
public sealed class LayoutBenchmark(CubeData data, BenchOptions options)
{
    private int Runs => Math.Max(5, options.Runs * 3);

    public IEnumerable<Figure> Run()
    {
        var twoSteps = new QueryCompiler(data.Model);
        var oneStep = new QueryCompiler(data.Model, aggregateBelowJoins: false);
        var figures = new List<Figure>();
        foreach (var kpi in KpiQueries.All)
        {
            var ours = twoSteps.Compile(kpi.Query, CubeData.Today, AccessScope.All);
            var before = oneStep.Compile(kpi.Query, CubeData.Today, AccessScope.All);
            if (ours.Sql == before.Sql)
            {
                continue;
            }
            Console.WriteLine($"layout: {kpi.Name} …");
            RequireSameAnswer(kpi, ours, before);
            figures.AddRange(Cold(kpi, ours, before));
            figures.AddRange(Warm(kpi, ours, before));
        }
        return figures;
    }

    /// <summary>Both statements must answer the same rows, value for value (numbers to 9 significant digits: partial sums add in another order).</summary>
    private void RequireSameAnswer(KpiQuery kpi, CompiledQuery ours, CompiledQuery before)
    {
        using var database = data.OpenReadOnly();
        using var connection = database.Connect();
        var rows = Rows(connection, ours);
        var beforeRows = Rows(connection, before);
        var first = Enumerable.Range(0, Math.Max(rows.Count, beforeRows.Count))
            .FirstOrDefault(i => i >= rows.Count || i >= beforeRows.Count || rows[i] != beforeRows[i], -1);
        if (first >= 0)
        {
            throw new AnswerMismatchException($"{kpi.Name}: row {first + 1} is '{rows.ElementAtOrDefault(first)}' in two steps, '{beforeRows.ElementAtOrDefault(first)}' in one");
        }
    }

    private static List<string> Rows(DbConnection connection, CompiledQuery query)
    {
        var result = connection.Query(query.Sql, query.Parameters, CancellationToken.None);
        return Enumerable.Range(0, result.RowCount)
            .Select(row => string.Join("|", result.Columns.Select(column => column.GetValue(row) switch
            {
                double d => d.ToString("G9", CultureInfo.InvariantCulture),
                var value => Convert.ToString(value, CultureInfo.InvariantCulture),
            })))
            .ToList();
    }

    private IReadOnlyList<Figure> Cold(KpiQuery kpi, CompiledQuery ours, CompiledQuery before)
    {
        var (theirs, mine) = Alternation.Time(Runs, () => data.RawColdSeconds(before), () => data.RawColdSeconds(ours));
        return Compared(kpi, "cold", theirs, mine);
    }

    private IReadOnlyList<Figure> Warm(KpiQuery kpi, CompiledQuery ours, CompiledQuery before)
    {
        using var database = data.OpenReadOnly();
        using var connection = database.Connect();
        Action runBefore = () => connection.Query(before.Sql, before.Parameters, CancellationToken.None);
        Action runOurs = () => connection.Query(ours.Sql, ours.Parameters, CancellationToken.None);
        runBefore();
        runOurs();
        var theirs = new List<double>();
        var mine = new List<double>();
        for (var run = 0; run < Runs; run++)
        {
            theirs.Add(Figure.Time(runBefore));
            mine.Add(Figure.Time(runOurs));
        }
        return Compared(kpi, "warm", theirs, mine);
    }

    private IReadOnlyList<Figure> Compared(KpiQuery kpi, string mode, List<double> before, List<double> ours) => Figure.Pair(
        Figure.OfSeconds("layout", $"{kpi.Name}, {mode}: one step", data.Rows, before) with { Mode = mode, Side = "one step" },
        Figure.OfSeconds("layout", $"{kpi.Name}, {mode}: two steps", data.Rows, ours) with { Mode = mode, Side = "cube" });
}
