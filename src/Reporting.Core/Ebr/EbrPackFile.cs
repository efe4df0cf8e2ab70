using System.Text.RegularExpressions;
using Reporting.Core.Kpis;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Reporting.Core.Ebr;

/// <summary>Reads and checks one pack file; every problem names the file and the field.</summary>
internal static partial class EbrPackFile
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static EbrPack Read(string yaml, string file, string folder, KpiCatalog kpis)
    {
        PackYaml parsed;
        try
        {
            parsed = Yaml.Deserialize<PackYaml>(yaml) ?? throw new EbrPackException(file, "the file is empty");
        }
        catch (YamlException e)
        {
            throw new EbrPackException(file, $"line {e.Start.Line}: {(e.InnerException ?? e).Message}");
        }
        Require(file, "id", parsed.Id is { Length: > 0 } id && Id().IsMatch(id), $"'{parsed.Id}' is not a lower-case name (a-z, 0-9, _)");
        Require(file, "title", !string.IsNullOrWhiteSpace(parsed.Title), "is missing");
        Require(file, "period_months", parsed.PeriodMonths is >= 1 and <= 12, $"{parsed.PeriodMonths} is not 1 to 12");
        return new EbrPack(parsed.Id!, file, parsed.Title!.Trim(), Paper(file, parsed.Paper), parsed.PeriodMonths,
            SummaryKpis(file, parsed.SummaryKpis, kpis), Sections(file, parsed.Sections), Branding(file, folder, parsed.Branding));
    }

    private static EbrPaper Paper(string file, string? text) => text?.Trim() switch
    {
        "A4" => EbrPaper.A4,
        "Letter" => EbrPaper.Letter,
        _ => throw new EbrPackException(file, $"paper: '{text}' is not A4 or Letter"),
    };

    private static List<string> SummaryKpis(string file, List<string> ids, KpiCatalog kpis)
    {
        Require(file, "summary_kpis", ids.Count is >= 4 and <= 6, $"has {ids.Count} KPIs; the summary shows 4 to 6");
        foreach (var id in ids)
        {
            var kpi = kpis.Kpi(id) ?? throw new EbrPackException(file, $"summary_kpis: '{id}' is not a KPI of {kpis.File}");
            Require(file, "summary_kpis", kpi.Computed is null, $"'{id}' is computed from many accounts' health, not a tile of one account");
        }
        Require(file, "summary_kpis", ids.Distinct(StringComparer.Ordinal).Count() == ids.Count, "names a KPI twice");
        return ids;
    }

    private static List<EbrSection> Sections(string file, List<string> names)
    {
        Require(file, "sections", names.Count > 0, "is empty");
        var sections = names.Select(name => Section(name) ?? throw new EbrPackException(file,
            $"sections: '{name}' is not one of {string.Join(", ", Enum.GetValues<EbrSection>().Select(Name))}")).ToList();
        Require(file, "sections", sections.Distinct().Count() == sections.Count, "names a section twice");
        return sections;
    }

    /// <summary>"you_said_we_did" for YouSaidWeDid.</summary>
    public static string Name(EbrSection section) => Words().Replace(section.ToString(), "$1_$2").ToLowerInvariant();

    private static EbrSection? Section(string name) =>
        Enum.GetValues<EbrSection>().Where(s => Name(s) == name.Trim()).Select(s => (EbrSection?)s).FirstOrDefault();

    private static EbrBranding Branding(string file, string folder, BrandingYaml? branding)
    {
        branding ??= new BrandingYaml();
        var colors = branding.Colors ?? new ColorsYaml();
        Require(file, "branding.colors.primary", colors.Primary is { } p && Color().IsMatch(p), $"'{colors.Primary}' is not a colour #rrggbb");
        Require(file, "branding.colors.accent", colors.Accent is { } a && Color().IsMatch(a), $"'{colors.Accent}' is not a colour #rrggbb");
        return new EbrBranding(branding.Author?.Trim() is { Length: > 0 } author ? author : "Customer Success",
            branding.Logo is { Length: > 0 } logo ? Logo(file, folder, logo) : null, colors.Primary!, colors.Accent!);
    }

    private static string Logo(string file, string folder, string logo)
    {
        var path = Path.GetFullPath(Path.Combine(folder, logo));
        var type = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".png" => "image/png",
            ".jpg" or ".jpeg" => "image/jpeg",
            ".svg" => "image/svg+xml",
            _ => throw new EbrPackException(file, $"branding.logo: '{logo}' is not a .png, .jpg or .svg file"),
        };
        Require(file, "branding.logo", File.Exists(path), $"'{logo}' does not exist (looked for {path})");
        return $"data:{type};base64,{Convert.ToBase64String(File.ReadAllBytes(path))}";
    }

    private static void Require(string file, string field, bool holds, string problem)
    {
        if (!holds)
        {
            throw new EbrPackException(file, $"{field}: {problem}");
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex Id();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex Color();

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex Words();

    // The YAML shapes, mapped to the immutable pack once checked.
    private sealed class PackYaml
    {
        public string? Id { get; set; }
        public string? Title { get; set; }
        public string? Paper { get; set; } = "A4";
        public int PeriodMonths { get; set; } = 3;
        public List<string> SummaryKpis { get; set; } = [];
        public List<string> Sections { get; set; } = [];
        public BrandingYaml? Branding { get; set; }
    }

    private sealed class BrandingYaml
    {
        public string? Author { get; set; }
        public string? Logo { get; set; }
        public ColorsYaml? Colors { get; set; }
    }

    private sealed class ColorsYaml
    {
        public string? Primary { get; set; } = "#0b3a63";
        public string? Accent { get; set; } = "#0072b2";
    }
}
