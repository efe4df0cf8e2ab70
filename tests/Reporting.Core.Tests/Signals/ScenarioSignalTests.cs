using Reporting.Core.Tests.Engines;
namespace Reporting.Core.Tests.Signals;

/// <summary>
/// The playbook's stories (Signals/Fixture/scenarios.sql) as of 2026-04-01: each expected signal fires
/// with the numbers computed by hand below, and no other signal does. Periods: P-2 2025-07..2025-09,
/// P-1 2025-10..2025-12, P0 2026-01..2026-03; passive drift over half-years 2024-10..2025-03,
/// 2025-04..2025-09, 2025-10..2026-03.
/// </summary>
public abstract class ScenarioSignalTests(TestEngine engine) : IDisposable
{
    private readonly ScenarioFixture fixture = new(engine);

    [Fact]
    public void Death_by_handoffs_fires_sentiment_effort_and_reopens_with_their_evidence()
    {
        var judged = fixture.Judge("HND");

        Assert.Equal(["sentiment_decline", "effort_rising", "reopens_rising"], judged.Fired);
        Assert.Equal(
        [
            // NPS: P-2 10 10 8 → 2 promoters of 3 = 66.7; P-1 10 8 8 → 1 of 3 = 33.3; P0 8 5 3 → (0 − 2) / 3 = −66.7.
            "1 sentiment_decline: held nps fell two periods running: 66.7 → 33.3 → -66.7; n 3, 3, 3",
            "1 sentiment_decline: — csat not judged: 2025-07..2025-09 has no value (needs 3)",
            "1 sentiment_decline: held nps -66.7 is below its target 30 (n 3)",
            "1 sentiment_decline: — csat not judged: 2026-01..2026-03 has no value (needs 3)",
            "2 effort_rising: — ces not judged: 2025-10..2025-12 has no value (needs 3)",
            // HN8 "… 5 different people." (handoffs), HN9 "I had to chase your team …" (chasing).
            "2 effort_rising: held 2 comments in 2026-01..2026-03 mention chasing, handoffs",
            "3 engagement_decline: — qbr_attendance not judged: 2026-01..2026-03 has no value (needs 1)",
            "3 engagement_decline: — logins_per_active_user not judged: 2025-10..2025-12 has no value (needs 3)",
            // Licensed but no key feature used: 0 of the 8 key features licensed, in both periods.
            "3 engagement_decline: — feature_adoption did not fall from 0 to 0 (±0; n 8 → 8)",
            // All first responses at 30 minutes of a 480-minute P3 target.
            "4 sla_pressure: — sla_near_miss_rate did not rise from 0 to 0 (±0; n 4 → 5)",
            "4 sla_pressure: — sla_breach_rate did not rise from 0 to 0 (±0; n 4 → 5)",
            "4 sla_pressure: — aging_p1p2 is 0 up to 2026-03-31",
            // H01–H04 solved without reopens; H05 and H07 of H05–H09 reopened → 2 / 5 = 40.
            "5 reopens_rising: held reopen_rate rose from 0 to 40 (+40; n 4 → 5)",
            "6 executive_escalation: — no comment from executive contacts in 2026-01..2026-03 mentions chasing or waiting or handoffs or not_resolved or outage or bug",
            "7 commercial_pressure: — no comment in 2026-01..2026-03 mentions renewal_threat",
            "8 passive_drift: — passive_share not judged: 2024-10..2025-03 has no value (needs 3)",
        ],
        ScenarioFixture.Checks(judged));
        var comments = judged.Signals.Single(s => s.Id == "effort_rising").Checks[1].Comments;
        Assert.Equal(["HN8 champion 5 handoffs", "HN9 user 3 chasing"], comments.Select(c => $"{c.ResponseId} {c.Role} {c.Score} {string.Join(",", c.Themes)}"));
        var nps = judged.Signals[0].Checks[0].Kpi!;
        Assert.Equal([("2025-07..2025-09", 66.7, 3L), ("2025-10..2025-12", 33.3, 3L), ("2026-01..2026-03", -66.7, 3L)],
            nps.Periods.Select(p => (p.Label, p.Value!.Value, p.N)));
        Assert.Equal((30.0, 5.0, 3), (nps.Target!.Value, nps.MinChange, nps.MinObservations));
    }

    [Fact]
    public void Silent_disengage_fires_engagement_only()
    {
        var judged = fixture.Judge("SIL");

        Assert.Equal(["engagement_decline"], judged.Fired);
        Assert.Equal(
        [
            // MS2, the February QBR, was not held: 0 of 1.
            "qbr_attendance 0 % (n 1): some were missed",
            // P-1: s1 and s2 log in 6 times a month for 3 months = 36 logins over 6 user-months = 6; P0: s1 twice a month = 6 / 3 = 2.
            "logins_per_active_user fell from 6 to 2 (−4; n 6 → 3)",
            // Dashboards, reports, alerts = 3 of 8 key features; then dashboards = 1 of 8.
            "feature_adoption fell from 37.5 to 12.5 (−25; n 8 → 8)",
        ],
        judged.Signals.Single(s => s.Fired).Reasons);
    }

    [Fact]
    public void Passive_drift_fires_when_passives_grow_two_half_years_running_and_nps_stays_within_its_margin()
    {
        var judged = fixture.Judge("PAS");

        Assert.Equal(["passive_drift"], judged.Fired);
        // Half-years: 10 10 7 3 → passives 1 / 4 = 25, NPS (2 − 1) / 4 = 25; 10 9 8 7 4 → 2 / 5 = 40, NPS (2 − 1) / 5 = 20;
        // 10 8 7 2 9 8 → 3 / 6 = 50, NPS (2 − 1) / 6 = 16.7. Margins 196 × sqrt((p + d − (p − d)²) / n): .6875 / 4 → 81.3,
        // .56 / 5 → 65.6, .4722 / 6 → 55.0; a step's margin √(m₁² + m₂²): √(81.3² + 65.6²) = 104.5, √(65.6² + 55²) = 85.6.
        Assert.Equal(
            ["passive_share rose two periods running: 25 → 40 → 50; n 4, 5, 6, while nps changed less than its margin of error (25 → 20 → 16.7; n 4, 5, 6; 5 < ±104.5, 3.3 < ±85.6)"],
            judged.Signals.Single(s => s.Fired).Reasons);
        var check = judged.Signals.Single(s => s.Fired).Checks.Single();
        Assert.Equal([81.3, 65.6, 55.0], check.Margin!.Periods.Select(p => p.Value!.Value));
        Assert.Equal(["2024-10..2025-03", "2025-04..2025-09", "2025-10..2026-03"], check.Kpi!.Periods.Select(p => p.Label));
    }

    [Fact]
    public void A_healthy_account_fires_nothing_and_says_why()
    {
        var judged = fixture.Judge("GOOD");

        Assert.Empty(judged.Fired);
        var checks = ScenarioFixture.Checks(judged);
        Assert.Contains("1 sentiment_decline: — nps 75 meets its target 30 (n 4)", checks);        // 10 10 9 8 → 3 of 4 promoters
        Assert.Contains("1 sentiment_decline: — csat 100 meets its target 85 (n 3)", checks);      // 5 5 4
        Assert.Contains("2 effort_rising: — no comment in 2026-01..2026-03 mentions chasing or waiting or handoffs", checks); // only a praise
        Assert.Contains("3 engagement_decline: — qbr_attendance 100 % (n 1): none missed", checks);
        Assert.Contains("3 engagement_decline: — logins_per_active_user did not fall from 5 to 5 (±0; n 3 → 3)", checks);
        Assert.Contains("3 engagement_decline: — feature_adoption did not fall from 25 to 25 (±0; n 8 → 8)", checks);
        Assert.Contains("5 reopens_rising: — reopen_rate did not rise from 0 to 0 (±0; n 3 → 3)", checks);
    }

    [Fact]
    public void A_recovering_account_fires_nothing_now()
    {
        var judged = fixture.Judge("RCV");

        Assert.Empty(judged.Fired);
        // A promoter a month since July 2025: 100 in each quarter.
        Assert.Contains("1 sentiment_decline: — nps did not fall two periods running: 100 → 100 → 100; n 3, 3, 3", ScenarioFixture.Checks(judged));
    }

    [Fact]
    public void Sla_pressure_an_executive_escalation_and_a_discount_threat_fire_with_their_evidence()
    {
        var judged = fixture.Judge("ESC");

        Assert.Equal(["sla_pressure", "executive_escalation", "commercial_pressure"], judged.Fired);
        Assert.Equal(
        [
            // P-1: E01–E03 at 10 of 60 minutes; P0: E04 and E05 at 50 minutes (83 %) of E04–E07 → 2 / 4.
            "4 sla_pressure: held sla_near_miss_rate rose from 0 to 50 (+50; n 3 → 4)",
            "4 sla_pressure: — sla_breach_rate did not rise from 0 to 0 (±0; n 3 → 4)",
            // E07, a P1 open since 25 March, older than twice its 8-hour resolution target; the only open P1/P2.
            "4 sla_pressure: held aging_p1p2 is 1 (of 1) up to 2026-03-31",
            "6 executive_escalation: held 1 comment from executive contacts in 2026-01..2026-03 mentions outage",
            "7 commercial_pressure: held 1 comment in 2026-01..2026-03 mentions renewal_threat",
        ],
        ScenarioFixture.Checks(judged).Where(c => c.StartsWith('4') || c.StartsWith('6') || c.StartsWith('7')));
        var escalation = judged.Signals.Single(s => s.Id == "executive_escalation").Checks.Single().Comments.Single();
        Assert.Equal(("EN1", "executive", "The outage last week stopped our whole team."), (escalation.ResponseId, escalation.Role, escalation.Comment));
        Assert.Equal(["outage"], escalation.Themes);
        Assert.Equal(["renewal_threat"], judged.Signals.Single(s => s.Id == "commercial_pressure").Checks.Single().Comments.Single().Themes);
    }

    [Fact]
    public void Every_account_is_judged_over_the_same_periods_and_an_unknown_one_is_null()
    {
        var all = fixture.Signals.ForAll(ScenarioFixture.AsOf);

        Assert.Equal(["ESC", "GOOD", "HND", "PAS", "RCV", "SIL"], all.Select(a => a.Account.Id));
        Assert.All(all, a => Assert.Equal(["2025-07..2025-09", "2025-10..2025-12", "2026-01..2026-03"], a.Periods.Select(p => p.Label)));
        Assert.Null(fixture.Signals.ForAccount("NOPE", ScenarioFixture.AsOf));
        // Any day of April judges the same months.
        Assert.Equal(fixture.Judge("HND").Fired, fixture.Signals.ForAccount("HND", new DateOnly(2026, 4, 30))!.Fired);
    }

    public void Dispose() => fixture.Dispose();
}

public sealed class ScenarioSignalTestsOnDuckDb() : ScenarioSignalTests(TestEngine.DuckDb);

public sealed class ScenarioSignalTestsOnClickHouse() : ScenarioSignalTests(TestEngine.ClickHouse);
