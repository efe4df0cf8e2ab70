using Reporting.Core.Surveys;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Reporting.Core.Kpis;

/// <summary>Reads reports/kpis.yaml into plain records; a file that does not parse names itself and the line.</summary>
internal static class KpiCatalogFile
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static KpiCatalog Read(string yaml, string file)
    {
        CatalogFile parsed;
        try
        {
            parsed = Yaml.Deserialize<CatalogFile>(yaml) ?? throw new KpiCatalogException(file, "the file is empty");
        }
        catch (YamlException e)
        {
            throw new KpiCatalogException(file, $"line {e.Start.Line}: {(e.InnerException ?? e).Message}");
        }
        return new KpiCatalog(file, parsed.Kpis.Select(k => k.ToDefinition(file)).ToList())
        {
            LowSampleBelow = parsed.LowSampleBelow,
            Sla = parsed.Sla.ToDictionary(p => p.Key, p => new SlaTarget(p.Value.FirstResponseMinutes, p.Value.ResolutionHours), StringComparer.Ordinal),
            KeyFeatures = parsed.KeyFeatures,
            Cubes = parsed.Cubes.ToDictionary(p => p.Key, p => new KpiCubePeriod(p.Value.Time, p.Value.WholeMonths), StringComparer.Ordinal),
            Health = new HealthSettings(parsed.Health.AtRiskBelow, parsed.Health.WindowMonths, parsed.Health.RevenueHorizonDays),
            SurveyProgram = parsed.SurveyProgram?.ToRules() ?? new SurveyProgramRules(),
        };
    }

    // The YAML shapes, mapped to immutable records right after reading.
    private sealed class CatalogFile
    {
        public int LowSampleBelow { get; set; } = KpiCatalog.DefaultLowSampleBelow;
        public Dictionary<string, SlaFile> Sla { get; set; } = [];
        public List<string> KeyFeatures { get; set; } = [];
        public Dictionary<string, CubeFile> Cubes { get; set; } = [];
        public HealthFile Health { get; set; } = new();
        public SurveyProgramFile? SurveyProgram { get; set; }
        public List<KpiFile> Kpis { get; set; } = [];
    }

    private sealed class HealthFile
    {
        public double AtRiskBelow { get; set; } = 70;
        public int WindowMonths { get; set; } = 3;
        public int RevenueHorizonDays { get; set; } = 180;
    }

    /// <summary>Every field optional: an absent one keeps the playbooks' default.</summary>
    private sealed class SurveyProgramFile
    {
        private static readonly SurveyProgramRules Defaults = new();

        public int CapDays { get; set; } = Defaults.CapDays;
        public int CycleMonths { get; set; } = Defaults.CycleMonths;
        public int MinTenureDays { get; set; } = Defaults.MinTenureDays;
        public int FollowupAfterDays { get; set; } = Defaults.FollowupAfterDays;
        public int FollowupWithinDays { get; set; } = Defaults.FollowupWithinDays;
        public int PreRenewalDays { get; set; } = Defaults.PreRenewalDays;
        public int PostOnboardingDays { get; set; } = Defaults.PostOnboardingDays;

        public SurveyProgramRules ToRules() => new()
        {
            CapDays = CapDays, CycleMonths = CycleMonths, MinTenureDays = MinTenureDays, FollowupAfterDays = FollowupAfterDays,
            FollowupWithinDays = FollowupWithinDays, PreRenewalDays = PreRenewalDays, PostOnboardingDays = PostOnboardingDays,
        };
    }

    private sealed class SlaFile
    {
        public double FirstResponseMinutes { get; set; }
        public double ResolutionHours { get; set; }
    }

    private sealed class CubeFile
    {
        public string Time { get; set; } = "";
        public bool WholeMonths { get; set; }
    }

    private sealed class KpiFile
    {
        public string Id { get; set; } = "";
        public string? Measure { get; set; }
        public string? Observations { get; set; }
        public List<ComponentFile> Components { get; set; } = [];
        public string? Computed { get; set; }
        public string? Unit { get; set; }
        public string? Direction { get; set; }
        public double? Target { get; set; }
        public ThresholdsFile? Thresholds { get; set; }
        public int? Decimals { get; set; }
        public string? Description { get; set; }

        public KpiDefinition ToDefinition(string file) => new(Id, Parse<KpiUnit>(Unit, file, "unit"), Parse<KpiDirection>(Direction, file, "direction"), Decimals ?? Missing<int>(file, "decimals"))
        {
            Measure = Measure,
            Observations = Observations,
            Components = Components.Select(c => new KpiComponent(c.Kpi, c.Weight)).ToList(),
            Computed = Computed,
            Target = Target,
            Thresholds = Thresholds is { Good: { } good, Warn: { } warn } ? new KpiThresholds(good, warn) : null,
            Description = Description,
        };

        private T Parse<T>(string? value, string file, string field)
            where T : struct, Enum =>
            value is null ? Missing<T>(file, field)
            : Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsDigit(value[0]) ? parsed
            : throw new KpiCatalogException(file, $"KPI '{Id}': {field} '{value}' is not one of {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}");

        private T Missing<T>(string file, string field) => throw new KpiCatalogException(file, $"KPI '{Id}': needs {field}");
    }

    private sealed class ComponentFile
    {
        public string Kpi { get; set; } = "";
        public double Weight { get; set; }
    }

    private sealed class ThresholdsFile
    {
        public double? Good { get; set; }
        public double? Warn { get; set; }
    }
}
