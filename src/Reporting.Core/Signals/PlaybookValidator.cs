using System.Text.RegularExpressions;
using Reporting.Core.Kpis;
using Reporting.Core.Themes;

namespace Reporting.Core.Signals;

/// <summary>
/// Checks the playbook against the KPI catalog and the theme dictionary and collects every problem,
/// each naming its entry: unknown KPIs, themes, roles, signals and stages, checks that do not fit
/// their condition, due days outside their stage, signals no action answers.
/// </summary>
internal static partial class PlaybookValidator
{
    private static readonly string[] ContactRoles = ["executive", "champion", "admin", "user"];

    public static void Validate(Playbook playbook, KpiCatalog catalog, ThemeDictionary themes)
    {
        var problems = new List<string>();
        problems.AddRange(Settings(playbook, catalog));
        problems.AddRange(Duplicates(playbook.Signals.Select(s => s.Id), "signal"));
        problems.AddRange(Duplicates(playbook.Signals.Select(s => s.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)), "signal number"));
        problems.AddRange(playbook.Signals.SelectMany(s => Signal(s, catalog, themes).Select(p => $"signal '{s.Id}': {p}")));
        problems.AddRange(Duplicates(playbook.Stages.Select(s => s.Id), "stage"));
        problems.AddRange(playbook.Stages.Where(s => s.FromDay < 0 || s.ToDay < s.FromDay || s.ToDay > 365)
            .Select(s => $"stage '{s.Id}': days must run from 0 or more to at most 365, from_day before to_day"));
        problems.AddRange(Duplicates(playbook.Actions.Concat(playbook.Sustain).Select(a => a.Id), "action"));
        problems.AddRange(playbook.Actions.SelectMany(a => Action(a, playbook, catalog, sustain: false).Select(p => $"action '{a.Id}': {p}")));
        problems.AddRange(playbook.Sustain.SelectMany(a => Action(a, playbook, catalog, sustain: true).Select(p => $"sustain action '{a.Id}': {p}")));
        problems.AddRange(playbook.Signals.Where(s => playbook.Actions.All(a => !a.When.Contains(s.Id)))
            .Select(s => $"signal '{s.Id}': no action is called for by it"));
        if (playbook.Sustain.Count == 0)
        {
            problems.Add("sustain needs at least one action (the plan of an account without signals)");
        }
        if (problems.Count > 0)
        {
            throw new PlaybookException(playbook.File, string.Join("; ", problems));
        }
    }

    private static IEnumerable<string> Settings(Playbook playbook, KpiCatalog catalog)
    {
        if (playbook.PeriodMonths is < 1 or > 12)
        {
            yield return "period_months must be between 1 and 12";
        }
        if (playbook.MinObservations < 1)
        {
            yield return "min_observations must be 1 or more";
        }
        foreach (var (kpi, change) in playbook.MinChange)
        {
            if (Measured(catalog, kpi) is null)
            {
                yield return $"min_change: '{kpi}' is not a KPI with a measure or components";
            }
            if (change < 0)
            {
                yield return $"min_change: '{kpi}' cannot be negative";
            }
        }
    }

    private static IEnumerable<string> Signal(SignalDefinition signal, KpiCatalog catalog, ThemeDictionary themes)
    {
        if (!Identifier().IsMatch(signal.Id))
        {
            yield return "the id must be lower case letters, digits and _";
        }
        if (signal.Number < 1)
        {
            yield return "number must be 1 or more";
        }
        if (signal.Severity is < 1 or > 3)
        {
            yield return "severity must be 1, 2 or 3";
        }
        if (signal.Checks.Count == 0)
        {
            yield return "needs at least one check";
        }
        foreach (var problem in signal.Checks.SelectMany(c => Check(c, catalog, themes)))
        {
            yield return problem;
        }
    }

    private static IEnumerable<string> Check(SignalCheck check, KpiCatalog catalog, ThemeDictionary themes)
    {
        var name = System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(check.When.ToString());
        if (check.When == CheckCondition.Mentioned)
        {
            if (check.Kpi is not null || check.Themes.Count == 0)
            {
                yield return $"a {name} check names themes, not a KPI";
            }
            foreach (var theme in check.Themes.Where(t => themes.Themes.All(d => d.Name != t)))
            {
                yield return $"theme '{theme}' is not in the theme dictionary";
            }
            foreach (var role in check.Roles.Where(r => !ContactRoles.Contains(r)))
            {
                yield return $"role '{role}' is not one of {string.Join(", ", ContactRoles)}";
            }
            if (check.MinComments < 1)
            {
                yield return "min_comments must be 1 or more";
            }
            yield break;
        }
        if (check.Kpi is null || Measured(catalog, check.Kpi) is not { } kpi)
        {
            yield return $"a {name} check needs a KPI with a measure or components ('{check.Kpi}' is not one)";
            yield break;
        }
        if (check.Themes.Count > 0 || check.Roles.Count > 0)
        {
            yield return $"a {name} check on {kpi.Id} takes no themes or roles";
        }
        if (check.When == CheckCondition.Missed && kpi.Unit != KpiUnit.Percent)
        {
            yield return $"missed needs a percent KPI ({kpi.Id} is not)";
        }
        if (check.When == CheckCondition.MissesTarget && kpi.Target is null)
        {
            yield return $"misses_target needs a target on {kpi.Id}";
        }
        if ((check.Flat ?? check.FlatMargin ?? (object?)check.FlatWithin) is not null && check.When != CheckCondition.RisesTwoPeriods)
        {
            yield return "flat, flat_within and flat_margin go with rises_two_periods only";
        }
        if (check.Flat is not null && (Measured(catalog, check.Flat) is null || (check.FlatWithin is not >= 0) == (check.FlatMargin is null)))
        {
            yield return $"flat '{check.Flat}' needs to be a KPI, with either flat_within (0 or more) or flat_margin";
        }
        if (check.FlatMargin is not null && (check.Flat is null || Measured(catalog, check.FlatMargin) is null))
        {
            yield return $"flat_margin '{check.FlatMargin}' needs flat and must be a KPI";
        }
        if (check.PeriodMonths is < 1 or > 12)
        {
            yield return "period_months must be between 1 and 12";
        }
        if (check.MinObservations is < 1)
        {
            yield return "min_observations must be 1 or more";
        }
    }

    private static IEnumerable<string> Action(PlaybookAction action, Playbook playbook, KpiCatalog catalog, bool sustain)
    {
        if (playbook.Stages.FirstOrDefault(s => s.Id == action.Stage) is not { } stage)
        {
            yield return $"stage '{action.Stage}' is not a stage";
        }
        else if (action.DueDays < stage.FromDay || action.DueDays > stage.ToDay)
        {
            yield return $"due_days {action.DueDays} is outside its stage '{stage.Id}' (days {stage.FromDay}–{stage.ToDay})";
        }
        if (string.IsNullOrWhiteSpace(action.Owner))
        {
            yield return "needs an owner";
        }
        if (Measured(catalog, action.Kpi) is null)
        {
            yield return $"kpi '{action.Kpi}' is not a KPI with a measure or components";
        }
        if (sustain && action.When.Count > 0)
        {
            yield return "a sustain action is called for by no signal (no when)";
        }
        if (!sustain && action.When.Count == 0)
        {
            yield return "needs when: the signals that call for it";
        }
        foreach (var signal in action.When.Where(w => playbook.Signal(w) is null))
        {
            yield return $"when '{signal}' is not a signal";
        }
    }

    private static KpiDefinition? Measured(KpiCatalog catalog, string kpi) => catalog.Kpi(kpi) is { Computed: null } found ? found : null;

    private static IEnumerable<string> Duplicates(IEnumerable<string> ids, string what) =>
        ids.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => $"{what} '{g.Key}' is defined more than once");

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex Identifier();
}
