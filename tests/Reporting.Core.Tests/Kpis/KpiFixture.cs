using Reporting.Core.Health;
using Reporting.Core.Revenue;
using Reporting.DuckDb;
using System.Globalization;
using Reporting.Core.Cube;
using Reporting.Core.Cube.Model;
using Reporting.Core.Kpis;
using Reporting.Core.Storage;
using Reporting.Core.Tests.Engines;

namespace Reporting.Core.Tests.Kpis;

/// <summary>
/// The hand-written KPI fixture (Kpis/Fixture/kpi_fixture.sql) on a database of <see cref="TestEngine"/>, with the
/// shipped model and reports/kpis.yaml. Four accounts: A1 Acme and A2 Bolt (SMB), A3 Crane and A4
/// Dyna (Enterprise, A4 onboarded 2026-02-01); 21 tickets, 41 survey answers, 16 sends, engagement
/// in January to March 2026, 10 meetings, 6 detractor cases, 7 feature requests.
/// </summary>
public sealed class KpiFixture : IDisposable
{
    public static readonly DateOnly Today = new(2026, 4, 15);

    public KpiFixture()
        : this(TestEngine.DuckDb)
    {
    }

    /// <remarks>Not public: xUnit makes a class fixture (the dashboard tests') through its one public constructor.</remarks>
    internal KpiFixture(TestEngine engine)
    {
        Database = TestEngines.Open(engine);
        using var connection = Database.Connect();
        connection.Execute(File.ReadAllText(SqlPath));
        TestEngines.Publish(Database);
        Model = SemanticModel.Load(CubeEngine.DefaultModelFolder, connection);
        Catalog = KpiCatalog.Load(KpiCatalog.DefaultPath, Model);
        Engine = new CubeEngine(Model, Database, Catalog.LowSampleBelow);
        Calculator = new KpiCalculator(Catalog, Engine, Database, [new AccountHealthKpis(), new RevenueKpis()]);
    }

    /// <summary>The fixture's rows, also loaded by the web and CLI tests.</summary>
    public static string SqlPath => Path.Combine(AppContext.BaseDirectory, "Kpis", "Fixture", "kpi_fixture.sql");

    public ReportingDatabase Database { get; }

    public SemanticModel Model { get; }

    public CubeEngine Engine { get; }

    public KpiCatalog Catalog { get; }

    public KpiCalculator Calculator { get; }

    public KpiResults Compute(KpiFilter filter) => Calculator.Compute(filter, Today);

    /// <summary>"id = value (n)" per KPI, with "low" when flagged; value "null" when there is none.</summary>
    public static string[] Lines(KpiResults results) =>
        results.Kpis.Select(p => Line(p.Key, p.Value.Value, p.Value.N, p.Value.LowSample)).ToArray();

    /// <summary>The expected lines: low sample is n below 10 (KPIS.md), so it follows from n.</summary>
    public static string[] Expected(params (string Id, double? Value, long N)[] kpis) =>
        kpis.Select(k => Line(k.Id, k.Value, k.N, k.N < 10)).ToArray();

    /// <summary>The revenue KPIs, which the fixture holds no ARR movements for (see RevenueKpiTests): none has a value.</summary>
    public static string[] WithoutMovements => Expected(
        new[]
        {
            "nrr", "grr", "logo_churn_rate", "churned_arr", "contraction_arr", "expansion_arr", "new_arr", "churn_180d_after_promoter",
            "churn_180d_after_passive", "churn_180d_after_detractor", "churn_90d_after_detractor", "health_churn_auc",
            "churn_180d_health_below_50", "churn_180d_health_50_70", "churn_180d_health_70_85", "churn_180d_health_85_plus",
        }.Select(id => (id, (double?)null, 0L)).ToArray());

    private static string Line(string id, double? value, long n, bool low) =>
        $"{id} = {(value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "null")} ({n}{(low ? ", low" : "")})";

    public void Dispose() => Database.Dispose();
}
