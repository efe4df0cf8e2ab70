using Reporting.Core.Kpis;
using Reporting.Core.Themes;

namespace Reporting.Core.Signals;

/// <summary>
/// reports/playbook.yaml, checked against the KPI catalog and the theme dictionary: how periods are
/// cut, how signals judge, the signals and their checks, the plan's stages, the actions each signal
/// calls for, and the sustain plan.
/// </summary>
public sealed class Playbook
{
    internal Playbook(string file) => File = file;

    public string File { get; }

    /// <summary>Whole months per period; the current period ends with the last whole month before the as-of date.</summary>
    public int PeriodMonths { get; init; } = 3;

    /// <summary>A value resting on fewer observations is not judged, unless a check lowers it.</summary>
    public int MinObservations { get; init; } = 3;

    /// <summary>The smallest rise or fall that counts, per KPI, in the KPI's unit (0 when not listed).</summary>
    public IReadOnlyDictionary<string, double> MinChange { get; init; } = new Dictionary<string, double>();

    public IReadOnlyList<SignalDefinition> Signals { get; init; } = [];

    public IReadOnlyList<PlanStage> Stages { get; init; } = [];

    public IReadOnlyList<PlaybookAction> Actions { get; init; } = [];

    public IReadOnlyList<PlaybookAction> Sustain { get; init; } = [];

    /// <summary>The shipped file: reports/playbook.yaml beside the application.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "reports", "playbook.yaml");

    /// <summary>The shipped theme dictionary: reports/themes.yaml beside the application.</summary>
    public static string DefaultThemesPath => Path.Combine(AppContext.BaseDirectory, "reports", "themes.yaml");

    /// <summary>Reads and checks the file; a problem throws <see cref="PlaybookException"/> naming the file and entry.</summary>
    public static Playbook Load(string path, KpiCatalog catalog, ThemeDictionary themes) =>
        Parse(System.IO.File.ReadAllText(path), Path.GetFileName(path), catalog, themes);

    /// <summary>The same, from text (tests).</summary>
    public static Playbook Parse(string yaml, string file, KpiCatalog catalog, ThemeDictionary themes)
    {
        var playbook = PlaybookFile.Read(yaml, file);
        PlaybookValidator.Validate(playbook, catalog, themes);
        return playbook;
    }

    public double MinChangeOf(string kpi) => MinChange.GetValueOrDefault(kpi);

    public PlanStage Stage(string id) => Stages.First(s => s.Id == id);

    public SignalDefinition? Signal(string id) => Signals.FirstOrDefault(s => s.Id == id);
}
