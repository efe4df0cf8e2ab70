using System.Diagnostics;
using Reporting.Core.Cube;
using Reporting.Core.Cube.Compiling;
using Reporting.Core.Cube.Model;
using Reporting.Core.Storage;
using Reporting.DuckDb;
using Reporting.Core.Kpis;

namespace Reporting.Bench.Cube;

/// <summary>
/// The reporting database every query benchmark reads (N tickets and N survey answers written by
/// <see cref="SyntheticCubeData"/>), written once per run on first use, with the semantic model
/// loaded from it and the cube's own answer to each query: what every baseline must match.
/// </summary>
public sealed class CubeData(Workspace workspace, BenchOptions options)
{
    // The queries use no relative date range, so "today" changes nothing; fixed for repeatability.
    public static readonly DateOnly Today = new(2026, 6, 30);

    private readonly Dictionary<KpiQueryId, KpiAnswer> answers = [];
    private string? path;
    private SemanticModel? model;

    public long Rows => options.Rows;

    /// <summary>The database file; no handle stays open between uses, so a server process may open it too.</summary>
    public string Path => path ??= Generate();

    public SemanticModel Model => model ??= LoadModel();

    /// <summary>The cube's answer, computed once on a database opened for it.</summary>
    public KpiAnswer Answer(KpiQuery query)
    {
        if (!answers.TryGetValue(query.Id, out var answer))
        {
            var model = Model; // loaded first: it opens the database itself
            using var database = OpenReadOnly();
            answer = KpiAnswer.FromCube(new CubeEngine(model, database, KpiCatalog.DefaultLowSampleBelow).Query(query.Query, Today), model);
            answers[query.Id] = answer;
        }
        return answer;
    }

    /// <summary>The cube's answer for a user reading in <paramref name="scope"/> (not kept: the answers above are every account's).</summary>
    public KpiAnswer AnswerAs(KpiQuery query, Reporting.Core.Access.AccessScope scope)
    {
        var model = Model;
        using var database = OpenReadOnly();
        using (Reporting.Core.Access.AccessScope.Enter(scope))
        {
            return KpiAnswer.FromCube(new CubeEngine(model, database, KpiCatalog.DefaultLowSampleBelow).Query(query.Query, Today), model);
        }
    }

    /// <summary>Read-only: nothing to migrate, and every reader sees exactly the rows written.</summary>
    public ReportingDatabase OpenReadOnly() =>
        ReportingDatabase.Open(new DuckDbDatabaseOptions { Path = Path, ReadOnly = true });

    /// <summary>The cube cold: the query through a new engine on the database just opened (DuckDB's buffers empty, the OS page cache warm).</summary>
    public double ColdSeconds(KpiQuery query)
    {
        var model = Model;
        using var database = OpenReadOnly();
        var engine = new CubeEngine(model, database, KpiCatalog.DefaultLowSampleBelow);
        return Figure.Time(() => GC.KeepAlive(engine.Query(query.Query, Today)));
    }

    /// <summary>Compiled SQL sent straight to DuckDB (no cube in between) on a database just opened.</summary>
    public double RawColdSeconds(CompiledQuery query)
    {
        using var database = OpenReadOnly();
        using var connection = database.Connect();
        return Figure.Time(() => connection.Query(query.Sql, query.Parameters, CancellationToken.None));
    }

    private string Generate()
    {
        var file = workspace.FreshDatabase("cube.duckdb");
        Console.WriteLine($"data: writing {options.Rows:N0} tickets and {options.Rows:N0} survey answers to {file} …");
        var clock = Stopwatch.StartNew();
        using (var database = ReportingDatabase.Open(file))
        {
            SyntheticCubeData.Write(database, options.Rows, options.Rows);
        }
        Console.WriteLine($"data: written in {clock.Elapsed.TotalSeconds:0.0} s");
        return file;
    }

    /// <summary>Loaded once, as the server does at start-up; not part of any figure.</summary>
    private SemanticModel LoadModel()
    {
        using var database = OpenReadOnly();
        using var connection = database.Connect();
        return SemanticModel.Load(CubeEngine.DefaultModelFolder, connection);
    }
}
