using Reporting.Core.Revenue;
using Reporting.DuckDb;
using System.Globalization;
using Reporting.Core.Cube;
using Reporting.Core.Cube.Model;
using Reporting.Core.Health;
using Reporting.Core.Kpis;
using Reporting.Core.Planning;
using Reporting.Core.Signals;
using Reporting.Core.Storage;
using Reporting.Core.Tests.Engines;
using Reporting.Core.Themes;

namespace Reporting.Core.Tests.Signals;

/// <summary>
/// The scenario accounts of Signals/Fixture/scenarios.sql on an in-memory database of their own, with
/// the shipped model, reports/kpis.yaml, reports/themes.yaml and reports/playbook.yaml, judged as of
/// 2026-04-01 (current period 2026-01..2026-03), on DuckDB or ClickHouse.
/// </summary>
public sealed class ScenarioFixture : IDisposable
{
    public static readonly DateOnly AsOf = new(2026, 4, 1);

    public ScenarioFixture(TestEngine engine = TestEngine.DuckDb)
        : this(File.ReadAllText(SqlPath), engine)
    {
    }

    /// <summary>Any rows instead of the scenarios (other tests' own fixtures); on ClickHouse they are published as a load's are.</summary>
    public ScenarioFixture(string sql, TestEngine engine = TestEngine.DuckDb)
    {
        Database = TestEngines.Open(engine);
        using var connection = Database.Connect();
        connection.Execute(sql);
        TestEngines.Publish(Database);
        Model = SemanticModel.Load(CubeEngine.DefaultModelFolder, connection);
        Catalog = KpiCatalog.Load(KpiCatalog.DefaultPath, Model);
        Engine = new CubeEngine(Model, Database, Catalog.LowSampleBelow);
        Themes = ThemeDictionary.Read(Playbook.DefaultThemesPath);
        Playbook = Playbook.Load(Playbook.DefaultPath, Catalog, Themes);
        Calculator = new KpiCalculator(Catalog, Engine, Database, [new AccountHealthKpis(), new RevenueKpis()]);
        Signals = new SignalEvaluator(Calculator, Playbook, Themes);
        Planner = new RecoveryPlanner(Signals, Catalog);
        Health = new HealthHistory(Calculator);
    }

    public static string SqlPath => Path.Combine(AppContext.BaseDirectory, "Signals", "Fixture", "scenarios.sql");

    public ReportingDatabase Database { get; }

    public SemanticModel Model { get; }

    public CubeEngine Engine { get; }

    public KpiCatalog Catalog { get; }

    public ThemeDictionary Themes { get; }

    public Playbook Playbook { get; }

    public KpiCalculator Calculator { get; }

    public SignalEvaluator Signals { get; }

    public RecoveryPlanner Planner { get; }

    public HealthHistory Health { get; }

    public AccountSignals Judge(string account) => Signals.ForAccount(account, AsOf) ?? throw new InvalidOperationException($"no account {account}");

    /// <summary>Each check of every signal as "N id: held|— reason", in the playbook's order.</summary>
    public static string[] Checks(AccountSignals judged) => judged.Signals
        .SelectMany(s => s.Checks.Select(c => $"{s.Number} {s.Id}: {(c.Held ? "held" : "—")} {c.Reason}"))
        .ToArray();

    /// <summary>An action as "id stage due kpi: baseline → target (basis) impact [signals]".</summary>
    public static string Line(PlanAction a) =>
        $"{a.Id} {a.Stage} {a.Due:yyyy-MM-dd} {a.Kpi.Id}: {Number(a.Kpi.Baseline)} → {Number(a.Kpi.Target)} ({a.Kpi.TargetBasis}) {a.Impact} [{string.Join(", ", a.Evidence.Select(e => e.Signal))}]";

    public static string Number(double? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "none";

    public void Dispose() => Database.Dispose();
}
