using Reporting.Core.Kpis;

namespace Reporting.Core.Ebr;

/// <summary>
/// reports/ebr/*.yaml, checked against the KPI catalog at start-up: an unknown section, KPI, paper
/// or colour, or a missing logo, stops start-up naming the file and the field.
/// </summary>
public sealed class EbrPackCatalog
{
    public const string DefaultPackId = "default";

    private EbrPackCatalog(IReadOnlyList<EbrPack> packs) => Packs = packs;

    public IReadOnlyList<EbrPack> Packs { get; }

    /// <summary>The shipped folder: reports/ebr beside the application.</summary>
    public static string DefaultFolder => Path.Combine(AppContext.BaseDirectory, "reports", "ebr");

    /// <summary>The pack of that id (the default pack when null); null when there is none.</summary>
    public EbrPack? Find(string? id) => Packs.FirstOrDefault(p => p.Id == (id ?? DefaultPackId));

    public static EbrPackCatalog Load(string folder, KpiCatalog kpis)
    {
        var files = Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal)
            .Select(path => (File: Path.GetFileName(path), Text: File.ReadAllText(path)));
        return Parse(files, folder, kpis);
    }

    /// <summary>The same from (file name, text) pairs; logos are read relative to <paramref name="folder"/>.</summary>
    public static EbrPackCatalog Parse(IEnumerable<(string File, string Text)> files, string folder, KpiCatalog kpis)
    {
        var packs = files.Select(f => EbrPackFile.Read(f.Text, f.File, folder, kpis)).ToList();
        if (packs.GroupBy(p => p.Id).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new EbrPackException(twice.Last().File, $"id: '{twice.Key}' is also the id of {twice.First().File}");
        }
        if (packs.Count > 0 && !packs.Any(p => p.Id == DefaultPackId))
        {
            throw new EbrPackException(packs[0].File, $"id: no pack is called '{DefaultPackId}', the one used when none is asked for");
        }
        return new EbrPackCatalog(packs);
    }
}
