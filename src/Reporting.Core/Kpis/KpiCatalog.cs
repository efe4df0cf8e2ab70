using Reporting.Core.Cube.Model;
using Reporting.Core.Surveys;

namespace Reporting.Core.Kpis;

/// <summary>
/// reports/kpis.yaml, checked against the semantic model: every KPI with its measure, unit,
/// direction, target and thresholds; the SLA targets per priority; the key features of a licence;
/// and which time dimension each cube's KPIs are dated by.
/// </summary>
public sealed class KpiCatalog
{
    internal KpiCatalog(string file, IReadOnlyList<KpiDefinition> kpis)
    {
        File = file;
        Kpis = kpis;
    }

    /// <summary>The file the catalog came from, for messages.</summary>
    public string File { get; }

    /// <summary>In the file's order, which is the order results are given in.</summary>
    public IReadOnlyList<KpiDefinition> Kpis { get; }

    /// <summary>low_sample_below when kpis.yaml does not set it.</summary>
    public const int DefaultLowSampleBelow = 10;

    /// <summary>
    /// A value resting on fewer observations than this is flagged "low sample": the one setting every
    /// surface reads (tiles, KPIs, account tables, and through the cube engine chart tables and /api/cube).
    /// </summary>
    public int LowSampleBelow { get; init; } = DefaultLowSampleBelow;

    /// <summary>Targets by priority (P1..P4).</summary>
    public IReadOnlyDictionary<string, SlaTarget> Sla { get; init; } = new Dictionary<string, SlaTarget>();

    /// <summary>The key features a licence includes (events "feature:&lt;key&gt;").</summary>
    public IReadOnlyList<string> KeyFeatures { get; init; } = [];

    /// <summary>Each cube's event time, by cube name.</summary>
    public IReadOnlyDictionary<string, KpiCubePeriod> Cubes { get; init; } = new Dictionary<string, KpiCubePeriod>();

    /// <summary>How account health is judged: the at-risk line, the months a score covers, the renewal horizon.</summary>
    public HealthSettings Health { get; init; } = new();

    /// <summary>The survey program's cap, cycle and follow-up rules (survey_program).</summary>
    public SurveyProgramRules SurveyProgram { get; init; } = new();

    /// <summary>The shipped file: reports/kpis.yaml beside the application.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "reports", "kpis.yaml");

    /// <summary>Reads and checks the file; a problem throws <see cref="KpiCatalogException"/> naming the file and KPI.</summary>
    public static KpiCatalog Load(string path, SemanticModel model)
    {
        var catalog = KpiCatalogFile.Read(System.IO.File.ReadAllText(path), Path.GetFileName(path));
        KpiCatalogValidator.Validate(catalog, model);
        return catalog;
    }

    /// <summary>The same, from text (tests).</summary>
    public static KpiCatalog Parse(string yaml, string file, SemanticModel model)
    {
        var catalog = KpiCatalogFile.Read(yaml, file);
        KpiCatalogValidator.Validate(catalog, model);
        return catalog;
    }

    public KpiDefinition? Kpi(string id) => Kpis.FirstOrDefault(k => k.Id == id);
}
