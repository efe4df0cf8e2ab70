using Reporting.Bench.Cube;
using Reporting.Core.Cube;
using Reporting.Core.Kpis;
using Reporting.Core.Storage;
using Reporting.Core.Warehouse;
using Reporting.DuckDb;

namespace Reporting.Bench.Baselines.ClickHouse;

/// <summary>
/// The cube itself on embedded ClickHouse (chDB, in this process): the rows of the cube's DuckDB file
/// published as a load publishes them (timed as the load), then each query compiled to ClickHouse's
/// dialect from the same plan and run through the same engine, so the ratio is ClickHouse's
/// execution against DuckDB's. There is no cold start: chDB boots once per process.
/// </summary>
public sealed class ChdbBaseline : IKpiBaseline
{
    // The settings tables (dim_sla_target, which the SLA measures join) go with every publish.
    private static readonly string[] Published = ["dim_account", "fact_ticket", "fact_survey_response"];

    private CubeData? data;
    private ReportingDatabase? database;
    private CubeEngine? engine;

    public string Side => "ClickHouse (chDB)";

    public string LoadSubject => "publish from DuckDB: Parquet into shadow tables, then EXCHANGE TABLES, ClickHouse";

    public string Note => "The cube's own statements in ClickHouse's dialect (the same plan), on embedded ClickHouse 26.7 in this process; no cold figure: chDB boots once per process.";

    public bool HasColdStart => false;

    public void Prepare(CubeData data, Workspace workspace)
    {
        this.data = data;
        database = ReportingDatabase.Open(new EmbeddedClickHouse(workspace.File("chdb"), "bench"), new DuckDbDatabaseOptions());
        engine = new CubeEngine(data.Model, database, KpiCatalog.DefaultLowSampleBelow);
    }

    public void Load()
    {
        using var source = Ready(data).OpenReadOnly();
        using var duckDb = source.Connect();
        using var clickHouse = Ready(database).Warehouse!.Connect();
        WarehousePublisher.Publish(duckDb, clickHouse, cluster: null, Published);
    }

    public KpiAnswer Cold(KpiQuery query) => Warm(query);

    public KpiAnswer Warm(KpiQuery query) => KpiAnswer.FromCube(Ready(engine).Query(query.Query, CubeData.Today), Ready(data).Model);

    public void Dispose() => database?.Dispose();

    private static T Ready<T>(T? prepared) where T : class => prepared ?? throw new InvalidOperationException("Prepare first");
}
