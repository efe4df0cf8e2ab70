using Reporting.Core.Tests.Engines;
using System.Text.Json;
using Reporting.Core.Planning;
using Reporting.Core.Signals;
using Reporting.Core.Tests.Signals;

namespace Reporting.Core.Tests.Planning;

/// <summary>
/// 30-60-90 plans for the scenario accounts as of 2026-04-01 (reports/playbook.yaml). Due dates are
/// the plan's date plus the action's days (7 → 04-08, 14 → 04-15, 21 → 04-22, 30 → 05-01, 45 → 05-16,
/// 60 → 05-31, 70 → 06-10, 75 → 06-15, 90 → 06-30). Impact is the sum of the calling signals'
/// severities (sentiment 3, effort 2, engagement 2, SLA 2, reopens 2, escalation 3, commercial 3,
/// passive drift 1); ties go to the earlier due date, then the playbook's order. A target is the better
/// of the KPI's target and the account's mean over the earlier periods with 3 or more observations,
/// unless the baseline is already at least as good (hold).
/// </summary>
public abstract class ScenarioPlanTests(TestEngine engine) : IDisposable
{
    private readonly ScenarioFixture fixture = new(engine);

    [Fact]
    public void Death_by_handoffs_gets_each_called_action_once_ordered_by_impact()
    {
        var plan = fixture.Planner.ForAccount("HND", ScenarioFixture.AsOf)!;

        Assert.Equal(PlanKind.Recovery, plan.Kind);
        Assert.Equal(
        [
            // Called by sentiment (3) and effort (2); no CES answers: the KPI's target.
            "threshold_alerts institutionalize 2026-06-10 ces: none → 3 (KpiTarget) 5 [sentiment_decline, effort_rising]",
            // NPS −66.7 now; its own level before was (66.7 + 33.3) / 2 = 50, better than the target 30.
            "ebr_with_plan communicate_value 2026-04-15 nps: -66.7 → 50 (OwnHistory) 3 [sentiment_decline]",
            "recovery_dashboard communicate_value 2026-04-22 nps: -66.7 → 50 (OwnHistory) 3 [sentiment_decline]",
            "journey_runbooks fix_root_causes 2026-05-16 csat: none → 85 (KpiTarget) 3 [sentiment_decline]",
            "always_on_listening institutionalize 2026-06-15 nps: -66.7 → 50 (OwnHistory) 3 [sentiment_decline]",
            // First responses at 30 minutes in both periods: already better than 240, hold.
            "auto_acknowledge_eta stabilize 2026-04-08 frt_median_minutes: 30 → 30 (Hold) 2 [effort_rising]",
            "proactive_updates stabilize 2026-04-08 ces: none → 3 (KpiTarget) 2 [effort_rising]",
            "protect_first_response stabilize 2026-04-15 sla_breach_rate: 0 → 0 (Hold) 2 [effort_rising]",
            // 12 handoffs over 5 tickets = 2.4; none over the 4 of October–December: back to 0.
            "single_threaded_ownership stabilize 2026-04-15 handoffs_per_ticket: 2.4 → 0 (OwnHistory) 2 [effort_rising]",
            "resolution_validation_checklist stabilize 2026-04-22 reopen_rate: 40 → 0 (OwnHistory) 2 [reopens_rising]",
            "resolution_proof_notes fix_root_causes 2026-05-16 reopen_rate: 40 → 0 (OwnHistory) 2 [reopens_rising]",
            "empower_first_line fix_root_causes 2026-05-31 handoffs_per_ticket: 2.4 → 0 (OwnHistory) 2 [effort_rising]",
            "knowledge_base_deflection fix_root_causes 2026-05-31 ces: none → 3 (KpiTarget) 2 [effort_rising]",
            "runbook_library institutionalize 2026-06-30 reopen_rate: 40 → 0 (OwnHistory) 2 [reopens_rising]",
        ],
        plan.Actions.Select(ScenarioFixture.Line));
        Assert.Equal(plan.Actions.Count, plan.Actions.Select(a => a.Id).Distinct().Count());
        var first = plan.Actions[0];
        Assert.Equal(("CS operations", "Institutionalize", 70), (first.Owner, first.StageTitle, first.DueDays));
        Assert.Equal(["2 comments in 2026-01..2026-03 mention chasing, handoffs"], first.Evidence[1].Reasons.Skip(0).Where(r => r.Contains("comments")));
    }

    [Fact]
    public void Silent_disengage_gets_the_engagement_actions()
    {
        var plan = fixture.Planner.ForAccount("SIL", ScenarioFixture.AsOf)!;

        Assert.Equal(
        [
            // QBR attendance 0 of 1; the November QBR (100 %) rests on 1 meeting, too few to be a level: the target 90.
            "executive_outreach communicate_value 2026-04-08 qbr_attendance: 0 → 90 (KpiTarget) 2 [engagement_decline]",
            "ebr_with_plan communicate_value 2026-04-15 nps: none → 30 (KpiTarget) 2 [engagement_decline]",
            "outcome_stories communicate_value 2026-05-01 passive_share: none → 25 (KpiTarget) 2 [engagement_decline]",
            "qbr_hygiene institutionalize 2026-06-30 qbr_attendance: 0 → 90 (KpiTarget) 2 [engagement_decline]",
        ],
        plan.Actions.Select(ScenarioFixture.Line));
    }

    [Fact]
    public void Passive_drift_gets_outcome_stories_and_listening()
    {
        var plan = fixture.Planner.ForAccount("PAS", ScenarioFixture.AsOf)!;

        Assert.Equal(
        [
            // Passives now 8 of (9, 8) = 50 (n 2); before 8 and 7 of (10, 8, 7, 2) = 50: the target 25 is better.
            "outcome_stories communicate_value 2026-05-01 passive_share: 50 → 25 (KpiTarget) 1 [passive_drift]",
            // NPS now (1 − 0) / 2 = 50, already past the target 30 and the earlier (1 − 1) / 4 = 0: hold.
            "always_on_listening institutionalize 2026-06-15 nps: 50 → 50 (Hold) 1 [passive_drift]",
            "qbr_hygiene institutionalize 2026-06-30 qbr_attendance: none → 90 (KpiTarget) 1 [passive_drift]",
        ],
        plan.Actions.Select(ScenarioFixture.Line));
    }

    [Fact]
    public void Escalation_puts_the_actions_two_signals_call_for_first()
    {
        var plan = fixture.Planner.ForAccount("ESC", ScenarioFixture.AsOf)!;

        Assert.Equal(
        [
            "executive_outreach communicate_value 2026-04-08 qbr_attendance: none → 90 (KpiTarget) 6 [executive_escalation, commercial_pressure]",
            // NPS of EN1 6 and EN2 5: −100 on 2 answers; no earlier answers.
            "ebr_with_plan communicate_value 2026-04-15 nps: -100 → 30 (KpiTarget) 6 [executive_escalation, commercial_pressure]",
            "proactive_updates stabilize 2026-04-08 ces: none → 3 (KpiTarget) 5 [sla_pressure, executive_escalation]",
            "tier_alignment communicate_value 2026-05-16 sla_breach_rate: 0 → 0 (Hold) 5 [sla_pressure, commercial_pressure]",
            "single_threaded_ownership stabilize 2026-04-15 handoffs_per_ticket: 0 → 0 (Hold) 3 [executive_escalation]",
            "outcome_stories communicate_value 2026-05-01 passive_share: 0 → 0 (Hold) 3 [commercial_pressure]",
            "journey_runbooks fix_root_causes 2026-05-16 csat: none → 85 (KpiTarget) 3 [executive_escalation]",
            // First responses 10 10 50 50 → median 30 now; 10 10 10 before: back to 10, better than the target 240.
            "auto_acknowledge_eta stabilize 2026-04-08 frt_median_minutes: 30 → 10 (OwnHistory) 2 [sla_pressure]",
            "protect_first_response stabilize 2026-04-15 sla_breach_rate: 0 → 0 (Hold) 2 [sla_pressure]",
            "runbook_library institutionalize 2026-06-30 reopen_rate: 0 → 0 (Hold) 2 [sla_pressure]",
        ],
        plan.Actions.Select(ScenarioFixture.Line));
    }

    [Fact]
    public void A_healthy_account_gets_the_sustain_plan()
    {
        var plan = fixture.Planner.ForAccount("GOOD", ScenarioFixture.AsOf)!;

        Assert.Equal((PlanKind.Sustain, 0), (plan.Kind, plan.Signals.Count));
        Assert.Equal(
        [
            // Promoters 3 of 4 = 75, past the target 50.
            "promoter_advocacy communicate_value 2026-05-31 promoter_share: 75 → 75 (Hold) 0 []",
            // Health over January–March: NPS 75, CSAT 100, no SLA breach, reopen or handoff → 100 each; engagement index
            // (5 / 8 → 62.5 + 33.3 / 60 → 55.5 + 25 / 75 → 33.33 + 100) / 4 = 62.8 → 78.5; no CES, so the weights
            // sum to .9: (.15 × 100 + .15 × 100 + .1 × 100 × 3 + .3 × 78.5) / .9 = 83.55 / .9 = 92.83.
            "monthly_health_review institutionalize 2026-06-30 health_score: 92.8 → 92.8 (Hold) 0 []",
            "qbr_cadence institutionalize 2026-06-30 qbr_attendance: 100 → 100 (Hold) 0 []",
        ],
        plan.Actions.Select(ScenarioFixture.Line));
    }

    [Fact]
    public void A_recovering_account_gets_the_sustain_plan_aiming_back_at_its_best()
    {
        var plan = fixture.Planner.ForAccount("RCV", ScenarioFixture.AsOf)!;

        Assert.Equal(
        [
            "promoter_advocacy communicate_value 2026-05-31 promoter_share: 100 → 100 (Hold) 0 []",
            // Health now (NPS 100, engagement (62.5 + 83.33 + 33.33) / 3 = 59.7 → 74.63): (.15 × 100 + .3 × 74.63) / .45 = 83.1,
            // the same in October–December; in July–September NPS alone, 100. Its own level (100 + 83.1) / 2 = 91.55 beats 80.
            "monthly_health_review institutionalize 2026-06-30 health_score: 83.1 → 91.6 (OwnHistory) 0 []",
            "qbr_cadence institutionalize 2026-06-30 qbr_attendance: none → 90 (KpiTarget) 0 []",
        ],
        plan.Actions.Select(ScenarioFixture.Line));
    }

    [Fact]
    public void A_plan_is_the_same_for_the_same_date_and_moves_its_due_dates_with_it()
    {
        var first = JsonSerializer.Serialize(fixture.Planner.ForAccount("HND", ScenarioFixture.AsOf), SignalsJson.Options);
        var again = JsonSerializer.Serialize(fixture.Planner.ForAccount("HND", ScenarioFixture.AsOf), SignalsJson.Options);
        var later = fixture.Planner.ForAccount("HND", new DateOnly(2026, 4, 10))!;

        Assert.Equal(first, again);
        Assert.Equal(new DateOnly(2026, 6, 19), later.Actions[0].Due);   // threshold_alerts, 70 days after 10 April
        Assert.Null(fixture.Planner.ForAccount("NOPE", ScenarioFixture.AsOf));
    }

    public void Dispose() => fixture.Dispose();
}

public sealed class ScenarioPlanTestsOnDuckDb() : ScenarioPlanTests(TestEngine.DuckDb);

public sealed class ScenarioPlanTestsOnClickHouse() : ScenarioPlanTests(TestEngine.ClickHouse);
