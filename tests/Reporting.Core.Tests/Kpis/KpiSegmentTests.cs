using Reporting.Core.Kpis;
using Reporting.Core.Tests.Engines;

namespace Reporting.Core.Tests.Kpis;

/// <summary>Every KPI for the Enterprise segment (A3 Crane, A4 Dyna), computed by hand from kpi_fixture.sql.</summary>
public abstract class KpiSegmentTests(TestEngine engine) : IDisposable
{
    private readonly KpiFixture fixture = new(engine);

    [Fact]
    public void Every_kpi_for_one_segment()
    {
        var results = fixture.Compute(new KpiFilter(Segment: "Enterprise"));

        Assert.Equal(KpiFixture.Expected(
            // NPS: A3 R04 4, R05 6, R11 5, R12 7, R22 10, R23 9, R24 9, R25 10; A4 R06 0, R07 1, R13 10, R26 9, R27 10, R28 9
            // → promoters 4 + 4 = 8, passives 1 (R12), detractors 3 + 2 = 5 of 14.
            ("nps", 21.4, 14),                        // 100 × (8 − 5) / 14 = 21.43
            ("promoter_share", 57.1, 14),             // 8 / 14 = 57.14
            ("passive_share", 7.1, 14),               // 1 / 14 = 7.14
            ("detractor_share", 35.7, 14),            // 5 / 14 = 35.71
            ("nps_margin", 49.2, 14),                 // p = .5714, d = .3571: 196 × sqrt((.9286 − .2143²) / 14) = 196 × sqrt(.88265 / 14) = 196 × .25109 = 49.21
            ("csat", 50.0, 4),                        // R32 5, R33 2, R34 4, R35 1 → 2 / 4
            ("ces", 4.33, 3),                         // (3 + 4 + 6) / 3 = 4.333
            ("survey_response_rate", 57.1, 7),        // S10–S16, answered S10 S11 S13 S14 → 4 / 7 = 57.14
            ("survey_fatigue_violations", 0.0, 0),    // the sends name no contact
            ("nonresponder_followup_rate", 0.0, 4),   // S11 (answered after 10 days), S12, S15, S16; none followed up
            ("survey_coverage", 100.0, 3),            // A3 in January to March (A4 not 90 days old yet); R22 in January
            ("survey_key_stakeholder_coverage", 66.7, 3), // A3's first executive or champion answer is R04 on 2 February → 2 / 3
            // Tickets T11–T21; FRT of the answered nine, sorted: 10 45 50 60 90 150 240 250 500.
            ("frt_median_minutes", 90.0, 9),          // the fifth
            ("frt_p90_minutes", 300.0, 9),            // rank 8 × .9 = 7.2: 250 + .2 × (500 − 250)
            // TTR of the solved six, sorted: 3 5 6 12 36 70.
            ("ttr_median_hours", 9.0, 6),             // rank 2.5: (6 + 12) / 2
            ("ttr_p90_hours", 53.0, 6),               // rank 5 × .9 = 4.5: 36 + .5 × (70 − 36)
            ("reopen_rate", 33.3, 6),                 // T12, T18 of 6 solved
            ("handoffs_per_ticket", 0.64, 11),        // T11 3, T13 1, T17 1, T18 2 = 7 over 11 tickets = .636
            ("group_handoffs_per_ticket", 0.27, 11),  // T11 2, T17 1 = 3 over 11 = .273
            ("sla_breach_rate", 40.0, 10),            // due: 9 answered + T15 (T21 not yet); breached T11, T18, T19, T15 → 4 / 10
            ("sla_near_miss_rate", 11.1, 9),          // T20 50/60 → 1 / 9
            ("aging_p1p2", 2.0, 3),                   // open P1/P2: T13, T20 aged; T21 30 minutes old → 2 of 3
            // Engagement: logins A3 13 + A4 4 = 17; active users A3 7 + A4 3 = 10; seat-months A3 20 × 3 + A4 8 × 2 = 76;
            // key features A3 5 + A4 1 = 6 of 2 × 8.
            ("logins_per_active_user", 1.70, 10),     // 17 / 10
            ("active_user_ratio", 13.2, 76),          // 100 × 10 / 76 = 13.16
            ("feature_adoption", 37.5, 16),           // 6 / 16
            ("qbr_attendance", 75.0, 4),              // M06 M07 M09 held with the stakeholder; M08 not recorded; M10 not due → 3 / 4
            ("engagement_index", 44.1, 4),            // (1.7 / 8 → 21.25 + 13.2 / 60 → 22 + 37.5 / 75 → 50 + 75 / 90 → 83.33) / 4 = 44.15
            // Detractor answers R04 (contact 96 h, no root cause or plan), R05 (no case), R11 (no case), R06 (.5 h, 19 h, 43 h), R07 (22 h, 70 h, none).
            ("detractor_contact_24h", 40.0, 5),       // R06, R07 → 2 / 5
            ("detractor_rca_48h", 20.0, 5),           // R06 → 1 / 5
            ("detractor_plan_72h", 20.0, 5),          // R06 → 1 / 5
            ("detractor_recovery_rate", 66.7, 3),     // followed up R04 → 5, R05 → 7, R06 → 10 → 2 / 3
            // Health of the segment: NPS 21.4 / 30 → 71.33 × .15 = 10.70; CSAT 50 / 85 → 58.82 × .15 = 8.82; CES 3 / 4.33 → 69.28 × .10
            // = 6.93; SLA 5 / 40 → 12.5 × .10 = 1.25; reopens 5 / 33.3 → 15.02 × .10 = 1.50; handoffs .5 / .64 → 78.13 × .10 = 7.81;
            // engagement 44.1 / 80 → 55.13 × .30 = 16.54 → 53.55; n = CES's 3.
            ("health_score", 53.6, 3),
            // As of 15 April: A3 and A4 are both below 70 over January to March (A3 53.4, A4 52.9, as HealthHandComputedTests
            // shows for A3) but renew on 1 December 2026 and 1 February 2027, beyond 12 October: nothing at risk, of 2 scored.
            ("health_recovery_days", null, 0),
            ("revenue_at_risk", 0.0, 2)).Concat(KpiFixture.WithoutMovements),
            KpiFixture.Lines(results));
    }

    [Fact]
    public void An_account_outside_the_segment_has_no_observations()
    {
        var results = fixture.Compute(new KpiFilter(Account: "A1", Segment: "Enterprise"));

        Assert.All(results.Kpis.Values, v => Assert.Equal(0, v.N));
        Assert.Null(results.Kpis["nps"].Value);
        Assert.Equal(0.0, results.Kpis["aging_p1p2"].Value); // a count of nothing is 0, not unknown
    }

    public void Dispose() => fixture.Dispose();
}

public sealed class KpiSegmentTestsOnDuckDb() : KpiSegmentTests(TestEngine.DuckDb);

public sealed class KpiSegmentTestsOnClickHouse() : KpiSegmentTests(TestEngine.ClickHouse);
