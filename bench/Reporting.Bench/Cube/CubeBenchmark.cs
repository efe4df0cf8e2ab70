using Reporting.DuckDb;
using Microsoft.Extensions.Options;
using Reporting.Core.Access;
using Reporting.Core.Cube;
using Reporting.Core.Cube.Compiling;
using Reporting.Core.Kpis;
using Reporting.Documents.Cube;

namespace Reporting.Bench.Cube;

/// <summary>
/// The five KPI queries through the cube (model, compile, run, read and round the result) against
/// the very SQL the compiler wrote, sent straight to DuckDB on a connection already open: the
/// cube's overhead. Cold is the first run on a database just opened (DuckDB's buffers and caches
/// empty; the OS page cache is warm, the .NET code already jitted); warm is the same query again on
/// an open database, executed each time. Cached is the web app's path for a repeated query: the
/// server's <see cref="CubeCache"/> (data-version lookup, key, hit), in process.
/// </summary>
public sealed class CubeBenchmark(CubeData data, BenchOptions options)
{
    private const int CachedRuns = 2_000;

    // The cube's overhead is small beside the query: more runs than elsewhere, so that noise from
    // the shared machine does not decide the cold and warm ratios.
    private int Runs => Math.Max(5, options.Runs * 3);

    public IEnumerable<Figure> Run()
    {
        var compiler = new QueryCompiler(data.Model);
        var queries = KpiQueries.All.Select(q => (Kpi: q, Compiled: compiler.Compile(q.Query, CubeData.Today, AccessScope.All))).ToList();
        WarmUpCode(queries);
        var figures = new List<Figure>();
        foreach (var (kpi, compiled) in queries)
        {
            Console.WriteLine($"cube: {kpi.Name} …");
            figures.AddRange(Cold(kpi, compiled));
            var warm = Warm(kpi, compiled);
            figures.AddRange(warm);
            figures.Add(Cached(kpi));
        }
        return figures;
    }

    /// <summary>Runs every query once both ways, so that cold figures measure DuckDB's cold start and not the JIT's.</summary>
    private void WarmUpCode(IReadOnlyList<(KpiQuery Kpi, CompiledQuery Compiled)> queries)
    {
        // The cube's answers first: they open the database themselves, and it opens once per process at a time.
        var answers = queries.ToDictionary(q => q.Kpi.Id, q => data.Answer(q.Kpi).Rows.Count);
        using var database = data.OpenReadOnly();
        using var connection = database.Connect();
        foreach (var (kpi, compiled) in queries)
        {
            var ours = answers[kpi.Id];
            var raw = connection.Query(compiled.Sql, compiled.Parameters, CancellationToken.None).RowCount;
            // No date range, so no empty period is filled: the cube answers DuckDB's rows, no more, no fewer.
            if (ours != raw || raw == 0)
            {
                throw new AnswerMismatchException($"{kpi.Name}: the cube answered {ours} rows, DuckDB {raw}");
            }
        }
    }

    /// <summary>Each run opens the database afresh for each side, the order alternating from run to run.</summary>
    private IReadOnlyList<Figure> Cold(KpiQuery kpi, CompiledQuery compiled)
    {
        var (raw, ours) = Alternation.Time(Runs, () => data.RawColdSeconds(compiled), () => data.ColdSeconds(kpi));
        return Compared(kpi, "cold", raw, ours);
    }

    /// <summary>One open database, warmed by a first run of each side, then runs alternating between the sides.</summary>
    private IReadOnlyList<Figure> Warm(KpiQuery kpi, CompiledQuery compiled)
    {
        using var database = data.OpenReadOnly();
        using var connection = database.Connect();
        var engine = new CubeEngine(data.Model, database, KpiCatalog.DefaultLowSampleBelow);
        Action runRaw = () => connection.Query(compiled.Sql, compiled.Parameters, CancellationToken.None);
        Action runOurs = () => engine.Query(kpi.Query, CubeData.Today);
        runRaw();
        runOurs();
        var raw = new List<double>();
        var ours = new List<double>();
        for (var run = 0; run < Runs; run++)
        {
            raw.Add(Figure.Time(runRaw));
            ours.Add(Figure.Time(runOurs));
        }
        return Compared(kpi, "warm", raw, ours);
    }

    /// <summary>The first query fills the cache (not timed); then each hit is timed on its own, so the median is the p50.</summary>
    private Figure Cached(KpiQuery kpi)
    {
        using var database = data.OpenReadOnly();
        var options = Options.Create(new CubeOptions());
        using var gate = new CubeGate(options);
        using var cache = new CubeCache(new CubeEngine(data.Model, database, KpiCatalog.DefaultLowSampleBelow), gate, database, options);
        cache.Query(kpi.Query, CubeData.Today, CancellationToken.None);
        var seconds = Enumerable.Range(0, CachedRuns)
            .Select(_ => Figure.Time(() => cache.Query(kpi.Query, CubeData.Today, CancellationToken.None)))
            .ToList();
        if (cache.Stats.Misses != 1)
        {
            throw new InvalidOperationException($"{kpi.Name}: the cache missed {cache.Stats.Misses} times");
        }
        // No rows/s: a hit reads no rows.
        return QueryFigure(kpi, "cached", "cube + CubeCache (p50 of hits)", seconds) with { Rows = null };
    }

    /// <summary>Rows/s counts the fact table's rows: tickets and answers are generated alike, N of each.</summary>
    private IReadOnlyList<Figure> Compared(KpiQuery kpi, string mode, List<double> raw, List<double> ours) =>
        Figure.Pair(QueryFigure(kpi, mode, "DuckDB", raw), QueryFigure(kpi, mode, "cube", ours));

    private Figure QueryFigure(KpiQuery kpi, string mode, string side, List<double> seconds) =>
        Figure.OfSeconds("cube", $"{kpi.Name}, {mode}: {side}", data.Rows, seconds) with { Mode = mode, Side = side.Split(' ')[0] };
}
