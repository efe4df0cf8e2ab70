using Reporting.Core.Signals;
using Reporting.Core.Tests.Kpis;
using Reporting.Core.Themes;

namespace Reporting.Core.Tests.Signals;

/// <summary>reports/playbook.yaml loads against the KPI catalog and themes; a bad entry stops start-up naming the file and the entry.</summary>
public sealed class PlaybookTests : IDisposable
{
    private const string Valid = """
        period_months: 3
        min_change: { nps: 5 }
        signals:
          - id: sliding
            number: 1
            title: Sliding
            severity: 3
            checks:
              - { kpi: nps, when: falls_two_periods }
              - { themes: [chasing], roles: [executive], when: mentioned }
        stages:
          - { id: stabilize, title: Stabilize, from_day: 0, to_day: 30 }
        actions:
          - { id: call, stage: stabilize, title: Call, owner: CSM, due_days: 7, kpi: nps, when: [sliding] }
        sustain:
          - { id: keep, stage: stabilize, title: Keep, owner: CSM, due_days: 30, kpi: health_score }
        """;

    private readonly KpiFixture fixture = new();
    private readonly ThemeDictionary themes = ThemeDictionary.Read(Playbook.DefaultThemesPath);

    [Fact]
    public void The_shipped_playbook_has_the_eight_signals_four_stages_and_its_actions()
    {
        var playbook = Playbook.Load(Playbook.DefaultPath, fixture.Catalog, themes);

        Assert.Equal(Enumerable.Range(1, 8), playbook.Signals.Select(s => s.Number));
        Assert.Equal(["stabilize", "fix_root_causes", "communicate_value", "institutionalize"], playbook.Stages.Select(s => s.Id));
        Assert.Equal((3, 3, 18, 3), (playbook.PeriodMonths, playbook.MinObservations, playbook.Actions.Count, playbook.Sustain.Count));
        var drift = playbook.Signal("passive_drift")!.Checks.Single();
        Assert.Equal((CheckCondition.RisesTwoPeriods, 6, "nps", "nps_margin"), (drift.When, drift.PeriodMonths!.Value, drift.Flat, drift.FlatMargin));
    }

    [Fact]
    public void A_valid_playbook_parses()
    {
        var playbook = Playbook.Parse(Valid, "p.yaml", fixture.Catalog, themes);

        Assert.Equal(["executive"], playbook.Signals.Single().Checks[1].Roles);
        Assert.Equal(5, playbook.MinChangeOf("nps"));
        Assert.Equal(0, playbook.MinChangeOf("csat"));
    }

    [Theory]
    [InlineData("kpi: nps, when: falls_two_periods", "kpi: speed, when: falls", "signal 'sliding': a falls check needs a KPI with a measure or components ('speed' is not one)")]
    [InlineData("themes: [chasing]", "themes: [gossip]", "signal 'sliding': theme 'gossip' is not in the theme dictionary")]
    [InlineData("roles: [executive]", "roles: [janitor]", "signal 'sliding': role 'janitor' is not one of executive, champion, admin, user")]
    [InlineData("when: falls_two_periods", "when: wobbles", "signal 'sliding': when 'wobbles' is not one of")]
    [InlineData("due_days: 7", "due_days: 45", "action 'call': due_days 45 is outside its stage 'stabilize' (days 0–30)")]
    [InlineData("when: [sliding] }", "when: [sliding, melting] }", "action 'call': when 'melting' is not a signal")]
    [InlineData("kpi: health_score }", "kpi: revenue_at_risk }", "sustain action 'keep': kpi 'revenue_at_risk' is not a KPI with a measure or components")]
    [InlineData("min_change: { nps: 5 }", "min_change: { nps: -1 }", "min_change: 'nps' cannot be negative")]
    [InlineData("stage: stabilize, title: Call", "stage: later, title: Call", "action 'call': stage 'later' is not a stage")]
    public void A_bad_entry_names_the_file_and_the_entry(string from, string to, string expected)
    {
        var error = Assert.Throws<PlaybookException>(() => Playbook.Parse(Valid.Replace(from, to, StringComparison.Ordinal), "p.yaml", fixture.Catalog, themes));

        Assert.Contains(expected, error.Message);
        Assert.StartsWith("p.yaml: ", error.Message);
    }

    [Fact]
    public void A_signal_no_action_answers_and_a_missing_sustain_plan_are_named_together()
    {
        var yaml = Valid.Replace("when: [sliding] }", "when: [] }", StringComparison.Ordinal)
            .Replace("sustain:\n  - { id: keep, stage: stabilize, title: Keep, owner: CSM, due_days: 30, kpi: health_score }", "sustain: []", StringComparison.Ordinal);

        var error = Assert.Throws<PlaybookException>(() => Playbook.Parse(yaml, "p.yaml", fixture.Catalog, themes));

        Assert.Contains("action 'call': needs when: the signals that call for it", error.Message);
        Assert.Contains("signal 'sliding': no action is called for by it", error.Message);
        Assert.Contains("sustain needs at least one action", error.Message);
    }

    [Fact]
    public void A_file_that_does_not_parse_names_the_line()
    {
        var error = Assert.Throws<PlaybookException>(() => Playbook.Parse("signals: [ {", "p.yaml", fixture.Catalog, themes));

        Assert.StartsWith("p.yaml: line ", error.Message);
    }

    public void Dispose() => fixture.Dispose();
}
