using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Reporting.Core.Signals;

/// <summary>Reads reports/playbook.yaml into plain records; a file that does not parse names itself and the line.</summary>
internal static class PlaybookFile
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static Playbook Read(string yaml, string file)
    {
        PlaybookYaml parsed;
        try
        {
            parsed = Yaml.Deserialize<PlaybookYaml>(yaml) ?? throw new PlaybookException(file, "the file is empty");
        }
        catch (YamlException e)
        {
            throw new PlaybookException(file, $"line {e.Start.Line}: {(e.InnerException ?? e).Message}");
        }
        return new Playbook(file)
        {
            PeriodMonths = parsed.PeriodMonths,
            MinObservations = parsed.MinObservations,
            MinChange = new Dictionary<string, double>(parsed.MinChange, StringComparer.Ordinal),
            Signals = parsed.Signals.Select(s => s.ToDefinition(file)).ToList(),
            Stages = parsed.Stages.Select(s => new PlanStage(s.Id, s.Title ?? s.Id, s.FromDay, s.ToDay)).ToList(),
            Actions = parsed.Actions.Select(a => a.ToAction()).ToList(),
            Sustain = parsed.Sustain.Select(a => a.ToAction()).ToList(),
        };
    }

    /// <summary>"falls_two_periods" → FallsTwoPeriods; anything else is an error naming the signal.</summary>
    private static CheckCondition Condition(string? text, string file, string signal)
    {
        var name = (text ?? "").Replace("_", "", StringComparison.Ordinal);
        return name.Length > 0 && !char.IsDigit(name[0]) && Enum.TryParse<CheckCondition>(name, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new PlaybookException(file, $"signal '{signal}': when '{text}' is not one of falls, rises, falls_two_periods, rises_two_periods, misses_target, missed, present, mentioned");
    }

    // The YAML shapes, mapped to immutable records right after reading.
    private sealed class PlaybookYaml
    {
        public int PeriodMonths { get; set; } = 3;
        public int MinObservations { get; set; } = 3;
        public Dictionary<string, double> MinChange { get; set; } = [];
        public List<SignalYaml> Signals { get; set; } = [];
        public List<StageYaml> Stages { get; set; } = [];
        public List<ActionYaml> Actions { get; set; } = [];
        public List<ActionYaml> Sustain { get; set; } = [];
    }

    private sealed class SignalYaml
    {
        public string Id { get; set; } = "";
        public int Number { get; set; }
        public string? Title { get; set; }
        public int Severity { get; set; } = 1;
        public List<CheckYaml> Checks { get; set; } = [];

        public SignalDefinition ToDefinition(string file) =>
            new(Id, Number, Title ?? Id, Severity, Checks.Select(c => c.ToCheck(file, Id)).ToList());
    }

    private sealed class CheckYaml
    {
        public string? Kpi { get; set; }
        public List<string> Themes { get; set; } = [];
        public List<string> Roles { get; set; } = [];
        public string? When { get; set; }
        public int? MinObservations { get; set; }
        public int? PeriodMonths { get; set; }
        public int MinComments { get; set; } = 1;
        public string? Flat { get; set; }
        public double? FlatWithin { get; set; }
        public string? FlatMargin { get; set; }

        public SignalCheck ToCheck(string file, string signal) => new(Condition(When, file, signal))
        {
            Kpi = Kpi,
            Themes = Themes,
            Roles = Roles,
            MinObservations = MinObservations,
            PeriodMonths = PeriodMonths,
            MinComments = MinComments,
            Flat = Flat,
            FlatWithin = FlatWithin,
            FlatMargin = FlatMargin,
        };
    }

    private sealed class StageYaml
    {
        public string Id { get; set; } = "";
        public string? Title { get; set; }
        public int FromDay { get; set; }
        public int ToDay { get; set; }
    }

    private sealed class ActionYaml
    {
        public string Id { get; set; } = "";
        public string Stage { get; set; } = "";
        public string? Title { get; set; }
        public string? Owner { get; set; }
        public int DueDays { get; set; } = -1;
        public string Kpi { get; set; } = "";
        public List<string> When { get; set; } = [];

        public PlaybookAction ToAction() => new(Id, Stage, Title ?? Id, Owner ?? "", DueDays, Kpi) { When = When };
    }
}
