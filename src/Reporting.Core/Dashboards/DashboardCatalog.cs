using Reporting.Core.Cube.Model;
using Reporting.Core.Kpis;

namespace Reporting.Core.Dashboards;

/// <summary>
/// reports/dashboards/*.yaml, checked against the semantic model and the KPI catalog at start-up:
/// an unknown KPI, measure, dimension or chart type stops start-up naming the file and chart.
/// </summary>
public sealed class DashboardCatalog
{
    private DashboardCatalog(IReadOnlyList<DashboardDefinition> dashboards) => Dashboards = dashboards;

    /// <summary>In navigation order.</summary>
    public IReadOnlyList<DashboardDefinition> Dashboards { get; }

    /// <summary>The shipped folder: reports/dashboards beside the application.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "reports", "dashboards");

    public DashboardDefinition? Find(string id) => Dashboards.FirstOrDefault(d => d.Id == id);

    /// <summary>Every *.yaml of the folder; <paramref name="panels"/> are the panel names the pages know.</summary>
    public static DashboardCatalog Load(string folder, SemanticModel model, KpiCatalog kpis, IReadOnlySet<string> panels)
    {
        var files = Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal)
            .Select(path => (File: Path.GetFileName(path), Text: File.ReadAllText(path)));
        return Parse(files, model, kpis, panels);
    }

    /// <summary>The same, from (file name, text) pairs (tests).</summary>
    public static DashboardCatalog Parse(IEnumerable<(string File, string Text)> files, SemanticModel model, KpiCatalog kpis, IReadOnlySet<string> panels)
    {
        var checker = new DashboardChecker(model, kpis, panels);
        var dashboards = files.Select(f => checker.Check(DashboardFile.Read(f.Text, f.File), f.File)).ToList();
        if (dashboards.GroupBy(d => d.Id).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new DashboardException(twice.Last().File, $"dashboard id '{twice.Key}' is also used by {twice.First().File}");
        }
        return new DashboardCatalog([.. dashboards.OrderBy(d => d.Order).ThenBy(d => d.Id, StringComparer.Ordinal)]);
    }
}
