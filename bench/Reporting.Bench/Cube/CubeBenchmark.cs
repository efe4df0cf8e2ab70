using System.Diagnostics;
using Reporting.Core.Cube;
using Reporting.Core.Cube.Compiling;
using Reporting.Core.Cube.Model;
using Reporting.Core.Storage;
using Reporting.DuckDb;

namespace Reporting.Bench.Cube;

/// <summary>
/// Representative KPI queries through the cube (model, compile, run, read and round the result)
/// against the very SQL the compiler wrote, sent straight to DuckDB on a connection already open:
/// the cube's overhead. Cold is the first run on a database just opened (DuckDB's buffers and
/// caches empty; the OS page cache is warm, the .NET code already jitted); warm is the same query
/// again on an open database. The web app's result cache (CubeCache) is not in the path: every
/// warm run executes the query too.
/// </summary>
public sealed class CubeBenchmark(Workspace workspace, BenchOptions options)
{
    // The queries use no relative date range, so "today" changes nothing; fixed for repeatability.
    private static readonly DateOnly Today = new(2026, 6, 30);

    private int WarmRuns => Math.Max(5, options.Runs * 3);

    public IEnumerable<Figure> Run()
    {
        var path = Generate();
        var model = LoadModel(path);
        var compiler = new QueryCompiler(model);
        var queries = KpiQueries.All.Select(q => (Kpi: q, Compiled: compiler.Compile(q.Query, Today))).ToList();
        WarmUpCode(path, model, queries);
        var figures = new List<Figure>();
        foreach (var (kpi, compiled) in queries)
        {
            Console.WriteLine($"cube: {kpi.Name} …");
            figures.AddRange(Cold(path, model, kpi, compiled));
            figures.AddRange(Warm(path, model, kpi, compiled));
        }
        return figures;
    }

    private string Generate()
    {
        var path = workspace.FreshDatabase("cube.duckdb");
        Console.WriteLine($"cube: writing {options.Rows:N0} tickets and {options.Rows:N0} survey answers to {path} …");
        var clock = Stopwatch.StartNew();
        using (var database = ReportingDatabase.Open(path))
        {
            SyntheticCubeData.Write(database, options.Rows, options.Rows);
        }
        Console.WriteLine($"cube: written in {clock.Elapsed.TotalSeconds:0.0} s");
        return path;
    }

    /// <summary>Loaded once, as the server does at start-up; not part of any figure.</summary>
    private static SemanticModel LoadModel(string path)
    {
        using var database = OpenReadOnly(path);
        using var connection = database.Connect();
        return SemanticModel.Load(CubeEngine.DefaultModelFolder, connection);
    }

    /// <summary>Runs every query once both ways, so that cold figures measure DuckDB's cold start and not the JIT's.</summary>
    private static void WarmUpCode(string path, SemanticModel model, IReadOnlyList<(KpiQuery Kpi, CompiledQuery Compiled)> queries)
    {
        using var database = OpenReadOnly(path);
        using var connection = database.Connect();
        var engine = new CubeEngine(model, database);
        foreach (var (kpi, compiled) in queries)
        {
            var ours = engine.Query(kpi.Query, Today).Rows.Count;
            var raw = connection.Query(compiled.Sql, compiled.Parameters, CancellationToken.None).RowCount;
            // The cube may add rows (empty periods filled), never lose any.
            if (ours < raw || raw == 0)
            {
                throw new InvalidOperationException($"{kpi.Name}: the cube answered {ours} rows, DuckDB {raw}");
            }
        }
    }

    /// <summary>Each run opens the database afresh for each side, the order alternating from run to run.</summary>
    private IEnumerable<Figure> Cold(string path, SemanticModel model, KpiQuery kpi, CompiledQuery compiled)
    {
        var raw = new List<double>();
        var ours = new List<double>();
        for (var run = 0; run < options.Runs; run++)
        {
            var sides = new Action[]
            {
                () => raw.Add(OnFreshDatabase(path, database =>
                {
                    using var connection = database.Connect();
                    return Seconds(() => connection.Query(compiled.Sql, compiled.Parameters, CancellationToken.None));
                })),
                () => ours.Add(OnFreshDatabase(path, database => Seconds(() => new CubeEngine(model, database).Query(kpi.Query, Today)))),
            };
            foreach (var side in run % 2 == 0 ? sides : sides.Reverse())
            {
                side();
            }
        }
        return Compared($"{kpi.Name}, cold", options.Rows, raw, ours);
    }

    /// <summary>One open database, warmed by a first run of each side, then runs alternating between the sides.</summary>
    private IEnumerable<Figure> Warm(string path, SemanticModel model, KpiQuery kpi, CompiledQuery compiled)
    {
        using var database = OpenReadOnly(path);
        using var connection = database.Connect();
        var engine = new CubeEngine(model, database);
        var runRaw = () => connection.Query(compiled.Sql, compiled.Parameters, CancellationToken.None);
        var runOurs = () => engine.Query(kpi.Query, Today);
        runRaw();
        runOurs();
        var raw = new List<double>();
        var ours = new List<double>();
        for (var run = 0; run < WarmRuns; run++)
        {
            raw.Add(Seconds(runRaw));
            ours.Add(Seconds(runOurs));
        }
        return Compared($"{kpi.Name}, warm", options.Rows, raw, ours);
    }

    /// <summary>Rows/s counts the fact table's rows: tickets and answers are generated alike, N of each.</summary>
    private static IEnumerable<Figure> Compared(string subject, long rows, List<double> raw, List<double> ours)
    {
        var baseline = Of($"{subject}: DuckDB", rows, raw);
        return [baseline, Of($"{subject}: cube", rows, ours).ComparedTo(baseline)];
    }

    private static Figure Of(string subject, long rows, List<double> seconds)
    {
        seconds.Sort();
        return new Figure("cube", subject, seconds[seconds.Count / 2], seconds[0], seconds[^1], rows);
    }

    private static double OnFreshDatabase(string path, Func<ReportingDatabase, double> measure)
    {
        using var database = OpenReadOnly(path);
        return measure(database);
    }

    private static double Seconds<T>(Func<T> run)
    {
        var clock = Stopwatch.StartNew();
        GC.KeepAlive(run());
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>Read-only: nothing to migrate, and both sides see exactly the rows written.</summary>
    private static ReportingDatabase OpenReadOnly(string path) =>
        ReportingDatabase.Open(new DuckDbDatabaseOptions { Path = path, ReadOnly = true });
}
