using Reporting.Core.Cube;
using Reporting.Core.Cube.Model;
using Reporting.Core.Kpis;
using Reporting.Core.Storage;
using Reporting.Core.Tests.Engines;

namespace Reporting.Core.Tests.Cube;

/// <summary>
/// The start-up check that every member of the model runs on ClickHouse: the shipped model does; a
/// member that DuckDB reads and the translator passes, but ClickHouse does not resolve, stops start-up
/// naming its file, its member and the engine's reason.
/// </summary>
public sealed class ModelOnWarehouseTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 12, 6);
    private readonly ReportingDatabase database = TestEngines.Open(TestEngine.ClickHouse);

    [Fact]
    public void Every_member_of_the_shipped_model_runs_on_clickhouse()
    {
        using var connection = database.Connect();
        var model = SemanticModel.Load(CubeEngine.DefaultModelFolder, connection);

        ModelOnWarehouse.Check(new CubeEngine(model, database, KpiCatalog.DefaultLowSampleBelow), database, Today);
    }

    [Fact]
    public void Members_over_a_table_the_warehouse_does_not_hold_are_named_with_the_engines_reason()
    {
        // job_run is the module's own state: DuckDB has it, the warehouse does not.
        const string Yaml = """
            name: jobs
            table: job_run
            dimensions:
              - name: job
                type: string
                sql: job
            measures:
              - name: runs
                type: count
            """;
        using var connection = database.Connect();
        var model = SemanticModel.Create([ModelFiles.Read(Yaml, "jobs.yaml")], connection);

        var error = Assert.Throws<ModelException>(() => ModelOnWarehouse.Check(new CubeEngine(model, database, KpiCatalog.DefaultLowSampleBelow), database, Today));

        Assert.Equal(["jobs.runs", "jobs.job"], error.Problems.Select(p => p.Problem.Split(' ')[0]));
        Assert.All(error.Problems, p =>
        {
            Assert.Equal("jobs.yaml", p.File);
            Assert.Contains("does not run on ClickHouse: Code: 60. DB::Exception: Unknown table expression identifier 'job_run'", p.Problem);
        });
    }

    public void Dispose() => database.Dispose();
}
