using Reporting.Core.Health;
using Reporting.Core.Revenue;
using Reporting.DuckDb;
using Reporting.Core.Cube;
using Reporting.Core.Cube.Model;
using Reporting.Core.Kpis;
using Reporting.Core.Storage;
using Reporting.Core.Tests.Engines;

namespace Reporting.Core.Tests.Revenue;

/// <summary>
/// Five accounts with ARR movements and NPS answers around the period 2026-01-01 to 2026-03-31, with
/// the shipped model and reports/kpis.yaml:
/// R1 (SMB) new 1000 on 2025-01-10, expansion 100 the day before the period, a renewal lowering ARR by
/// 200 on 1 February, an expansion of 300 the day after the period;
/// R2 (SMB) new 2000 in 2025, churns on 15 January, reactivates with 1500 on 1 March;
/// R3 (Enterprise) new 5000 on 1 February (new in the period), expansion 1000 on 1 March;
/// R4 (Enterprise) new 3000 in 2025, a renewal raising ARR by 300 on the period's last day, churns 30 June;
/// R5 (SMB) new 500, churned 1 June 2025: no ARR in the period.
/// On ClickHouse the rows go into the local file and are published to the warehouse, as a load's are.
/// </summary>
public sealed class RevenueFixture : IDisposable
{
    public static readonly KpiFilter Period = new(From: new DateOnly(2026, 1, 1), To: new DateOnly(2026, 3, 31));

    public RevenueFixture(TestEngine engine)
    {
        Database = TestEngines.Open(engine);
        using var connection = Database.Connect();
        connection.Execute("""
            INSERT INTO dim_account (account_id, name, segment) VALUES
                ('R1', 'Rho', 'SMB'), ('R2', 'Sigma', 'SMB'), ('R3', 'Tau', 'Enterprise'), ('R4', 'Upsilon', 'Enterprise'), ('R5', 'Phi', 'SMB');
            INSERT INTO fact_revenue_movement (movement_id, account_id, effective_on, kind, arr_change) VALUES
                ('M01', 'R1', '2025-01-10', 'new', 1000), ('M02', 'R1', '2025-12-31', 'expansion', 100),
                ('M03', 'R1', '2026-02-01', 'renewal', -200), ('M04', 'R1', '2026-04-01', 'expansion', 300),
                ('M05', 'R2', '2025-03-01', 'new', 2000), ('M06', 'R2', '2026-01-15', 'churn', -2000), ('M07', 'R2', '2026-03-01', 'reactivation', 1500),
                ('M08', 'R3', '2026-02-01', 'new', 5000), ('M09', 'R3', '2026-03-01', 'expansion', 1000),
                ('M10', 'R4', '2025-06-01', 'new', 3000), ('M11', 'R4', '2026-03-31', 'renewal', 300), ('M12', 'R4', '2026-06-30', 'churn', -3300),
                ('M13', 'R5', '2025-01-01', 'new', 500), ('M14', 'R5', '2025-06-01', 'churn', -500);
            INSERT INTO fact_survey_response (response_id, account_id, survey_type, score, responded_at) VALUES
                ('N01', 'R1', 'nps', 9, '2025-12-31 12:00'), ('N02', 'R1', 'nps', 10, '2026-01-10 09:00'), ('N03', 'R1', 'nps', 3, '2026-03-01 09:00'),
                ('N04', 'R2', 'nps', 9, '2026-01-05 09:00'), ('N05', 'R2', 'nps', 2, '2026-01-10 09:00'), ('N06', 'R2', 'nps', 8, '2026-01-15 10:00'),
                ('N07', 'R2', 'nps', 8, '2026-03-05 09:00'), ('N08', 'R5', 'nps', 7, '2026-02-01 09:00'),
                ('N09', 'R4', 'nps', 7, '2026-02-10 09:00'), ('N10', 'R4', 'nps', 0, '2026-02-20 09:00');
            """);
        TestEngines.Publish(Database);
        Model = SemanticModel.Load(CubeEngine.DefaultModelFolder, connection);
        Catalog = KpiCatalog.Load(KpiCatalog.DefaultPath, Model);
        Calculator = new KpiCalculator(Catalog, new CubeEngine(Model, Database, Catalog.LowSampleBelow), Database, [new AccountHealthKpis(), new RevenueKpis()]);
    }

    public ReportingDatabase Database { get; }

    public SemanticModel Model { get; }

    public KpiCatalog Catalog { get; }

    public KpiCalculator Calculator { get; }

    /// <summary>The revenue KPIs' lines ("id = value (n, low)"), as of <paramref name="asOf"/>.</summary>
    public string[] Revenue(KpiFilter filter, DateOnly asOf, params string[] ids) =>
        Kpis.KpiFixture.Lines(Calculator.Compute(filter, asOf)).Where(l => ids.Any(id => l.StartsWith(id + " = ", StringComparison.Ordinal))).ToArray();

    public void Dispose() => Database.Dispose();
}
