using Reporting.Core.Health;
using Reporting.Core.Revenue;
using Reporting.DuckDb;
using System.Globalization;
using Reporting.Core.Cube;
using Reporting.Core.Cube.Compiling;
using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Kpis;
using Reporting.Core.Storage;
using Reporting.Core.Surveys;
using Reporting.Core.Tests.Engines;

namespace Reporting.Core.Tests.Surveys;

/// <summary>
/// The hand-written survey program fixture (Surveys/Fixture/survey_fixture.sql) on a database of
/// <see cref="TestEngine"/> (DuckDB in memory unless given), published, with the shipped model and
/// reports/kpis.yaml: four accounts (B1 Birch and B4 Elm SMB, B2 Cedar Enterprise, B3 Dune
/// Mid-Market and new in April 2026), 14 contacts, 12 sends from January to April 2026, 9 answers, 6 tickets.
/// </summary>
public sealed class SurveyFixture : IDisposable
{
    public static readonly DateOnly Today = new(2026, 5, 15);

    public static readonly DateOnly May = new(2026, 5, 1);

    public SurveyFixture()
        : this(TestEngine.DuckDb)
    {
    }

    internal SurveyFixture(TestEngine engine)
    {
        Database = TestEngines.Open(engine);
        using var connection = Database.Connect();
        connection.Execute(File.ReadAllText(SqlPath));
        TestEngines.Publish(Database);
        Model = SemanticModel.Load(CubeEngine.DefaultModelFolder, connection);
        Catalog = KpiCatalog.Load(KpiCatalog.DefaultPath, Model);
        Engine = new CubeEngine(Model, Database, Catalog.LowSampleBelow);
        Planner = new SurveyPlanner(Database);
    }

    /// <summary>The fixture's rows, also loaded by the web and CLI tests.</summary>
    public static string SqlPath => Path.Combine(AppContext.BaseDirectory, "Surveys", "Fixture", "survey_fixture.sql");

    public ReportingDatabase Database { get; }

    public SemanticModel Model { get; }

    public CubeEngine Engine { get; }

    public KpiCatalog Catalog { get; }

    public SurveyPlanner Planner { get; }

    /// <summary>Runs <paramref name="sql"/> on the local file and publishes it, as a load does.</summary>
    public void Change(string sql)
    {
        using (var connection = Database.Connect())
        {
            connection.Execute(sql);
        }
        TestEngines.Publish(Database);
    }

    public SurveyPlan Plan(DateOnly month, double? cohortShare = null) => Planner.Plan(SurveyPlanRequest.Create(month, cohortShare));

    /// <summary>The survey program's KPIs, "id = value (n)", from the KPI calculator.</summary>
    public string[] Kpis(KpiFilter filter)
    {
        var results = new KpiCalculator(Catalog, Engine, Database, [new AccountHealthKpis(), new RevenueKpis()]).Compute(filter, Today);
        return results.Kpis.Where(k => SurveyKpis.Contains(k.Key))
            .Select(k => $"{k.Key} = {Format(k.Value.Value)} ({k.Value.N})").ToArray();
    }

    /// <summary>A cube query's rows, "value|value|…", observation columns left out.</summary>
    public string[] Rows(CubeQuery query)
    {
        var result = Engine.Query(query, Today);
        var shown = result.Columns.Select((c, i) => (c, i)).Where(p => p.c.Kind != OutputKind.Observations).Select(p => p.i).ToList();
        return result.Rows.Select(row => string.Join("|", shown.Select(i => Format(row[i])))).ToArray();
    }

    public static readonly string[] SurveyKpis =
        ["survey_response_rate", "survey_fatigue_violations", "nonresponder_followup_rate", "survey_coverage", "survey_key_stakeholder_coverage"];

    public static string Format(object? value) => value switch
    {
        null => "∅",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };

    public void Dispose() => Database.Dispose();
}
