using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Reporting.Core.Dashboards;

/// <summary>Reads one dashboard file into plain records; a file that does not parse names itself and the line.</summary>
internal static class DashboardFile
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static DashboardYaml Read(string yaml, string file)
    {
        try
        {
            return Yaml.Deserialize<DashboardYaml>(yaml) ?? throw new DashboardException(file, "the file is empty");
        }
        catch (YamlException e)
        {
            throw new DashboardException(file, $"line {e.Start.Line}: {(e.InnerException ?? e).Message}");
        }
    }

    // The YAML shapes, mapped to immutable records by DashboardCatalog once checked.
    internal sealed class DashboardYaml
    {
        public string Id { get; set; } = "";
        public string Title { get; set; } = "";
        public string? Summary { get; set; }
        public int Order { get; set; }
        public int DefaultMonths { get; set; } = DashboardFilters.DefaultMonths;
        public string Scope { get; set; } = "all";
        public List<string> Tiles { get; set; } = [];
        public List<string> Panels { get; set; } = [];
        public List<ChartYaml> Charts { get; set; } = [];
    }

    internal sealed class ChartYaml
    {
        public string Id { get; set; } = "";
        public string Title { get; set; } = "";
        public string? Description { get; set; }
        public string Type { get; set; } = "line";
        public List<string> Kpis { get; set; } = [];
        public List<string> Measures { get; set; } = [];
        public bool OverTime { get; set; }
        public string? Breakdown { get; set; }
        public bool MeasuresAsCategories { get; set; }
        public string Sort { get; set; } = "label";
        public int? Limit { get; set; }
        public List<string> Colors { get; set; } = [];
        public Dictionary<string, string> BreakdownColors { get; set; } = [];
        public Dictionary<string, List<string>> Filters { get; set; } = [];
    }
}
