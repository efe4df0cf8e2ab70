using Reporting.Core.Kpis;
using Reporting.Core.Tests.Engines;

namespace Reporting.Core.Tests.Kpis;

/// <summary>
/// Every KPI from 10 to 20 February 2026, inclusive, over each KPI's own event time; engagement
/// widens to the whole of February. Computed by hand from kpi_fixture.sql.
/// </summary>
public abstract class KpiDateRangeTests(TestEngine engine) : IDisposable
{
    private readonly KpiFixture fixture = new(engine);

    [Fact]
    public void Every_kpi_over_each_ones_own_event_time()
    {
        var results = fixture.Compute(new KpiFilter(From: new DateOnly(2026, 2, 10), To: new DateOnly(2026, 2, 20)));

        Assert.Equal(KpiFixture.Expected(
            // Answered on 10–20 February: NPS R10 8 (10th), R15 9, R19 10 (20th, 10:00); CSAT R30 4, R31 3, R34 4; CES R37 5.
            ("nps", 66.7, 3),                         // 100 × (2 − 0) / 3
            ("promoter_share", 66.7, 3),              // 2 / 3
            ("passive_share", 33.3, 3),               // 1 / 3
            ("detractor_share", 0.0, 3),              // none
            ("nps_margin", 53.3, 3),                  // p = .6667, d = 0: 196 × sqrt((.6667 − .4444) / 3) = 196 × .27217 = 53.34
            ("csat", 66.7, 3),                        // 4 and 4 of 4, 3, 4
            ("ces", 5.00, 1),                         // R37
            ("survey_response_rate", 40.0, 5),        // sent S03 (11th), S04, S11, S12, S15 (20th, 23:59); answered S04, S11 (S07 on the 9th and S08 at midnight on the 21st are out)
            ("survey_fatigue_violations", 0.0, 0),    // the sends name no contact
            ("nonresponder_followup_rate", 0.0, 4),   // S03, S11 (answered after 10 days), S12, S15; none followed up
            // Coverage is monthly: all of February. A1 A2 A3 (A4 not 90 days old), all with a relational answer in January.
            ("survey_coverage", 100.0, 3),
            ("survey_key_stakeholder_coverage", 100.0, 3), // A1 R01 and A2 R03 in January, A3 R04 on 2 February
            // Created on 10–20 February: T09 (FRT 200), T05 (600), T18 (250), T14 (240 on the 20th at 08:00).
            ("frt_median_minutes", 245.0, 4),         // 200 240 250 600: (240 + 250) / 2
            ("frt_p90_minutes", 495.0, 4),            // rank 3 × .9 = 2.7: 250 + .7 × (600 − 250)
            ("ttr_median_hours", 40.0, 3),            // solved T18 36, T09 40, T14 70
            ("ttr_p90_hours", 64.0, 3),               // rank 2 × .9 = 1.8: 40 + .8 × (70 − 40)
            ("reopen_rate", 33.3, 3),                 // T18 of 3 solved
            ("handoffs_per_ticket", 0.75, 4),         // T09 1, T18 2 over 4
            ("group_handoffs_per_ticket", 0.00, 4),   // all in one group
            ("sla_breach_rate", 25.0, 4),             // T18 250 > 240 → 1 / 4
            ("sla_near_miss_rate", 25.0, 4),          // T09 200/240 = 83 % → 1 / 4
            ("aging_p1p2", 0.0, 0),                   // no open P1/P2 created then
            // All of February: logins A1 2, A3 4, A4 1 = 7; active users A1 1 (u1), A3 2 (w1 w2), A4 1 (x1) = 4;
            // seats 10 + 5 + 20 + 8 = 43; key features A1 alerts, A3 dashboards = 2 of 4 × 8.
            ("logins_per_active_user", 1.75, 4),      // 7 / 4
            ("active_user_ratio", 9.3, 43),           // 100 × 4 / 43 = 9.30
            ("feature_adoption", 6.3, 32),            // 100 × 2 / 32 = 6.25, rounded half away from zero
            ("qbr_attendance", 100.0, 1),             // M07 EBR on the 18th, held with the stakeholder (M02 is a check-in)
            ("engagement_index", 36.4, 1),            // (1.75 / 8 → 21.875 + 9.3 / 60 → 15.5 + 6.3 / 75 → 8.4 + 100 / 90 → capped at 100) / 4 = 36.44
            ("detractor_contact_24h", null, 0),       // no detractor answered on 10–20 February
            ("detractor_rca_48h", null, 0),
            ("detractor_plan_72h", null, 0),
            ("detractor_recovery_rate", null, 0),
            // Health: NPS 66.7 → 100 × .15 = 15; CSAT 66.7 / 85 → 78.47 × .15 = 11.77; CES 3 / 5 → 60 × .10 = 6; SLA 5 / 25 → 20 × .10
            // = 2; reopens 5 / 33.3 → 15.02 × .10 = 1.50; handoffs .5 / .75 → 66.67 × .10 = 6.67; engagement 36.4 / 80 → 45.5 × .30
            // = 13.65 → 56.59; n = CES's 1.
            ("health_score", 56.6, 1),
            // As of 21 February (the day after to) the current month is January: history holds January only (no recovery),
            // and nobody renews between 21 February and 20 August; all 4 accounts have facts in November to January.
            ("health_recovery_days", null, 0),
            ("revenue_at_risk", 0.0, 4)).Concat(KpiFixture.WithoutMovements),
            KpiFixture.Lines(results));
    }

    [Fact]
    public void A_range_open_at_one_end_filters_that_end_only()
    {
        var results = fixture.Compute(new KpiFilter(To: new DateOnly(2026, 1, 31)));

        // January tickets: T01 T02 T03 T07 T08 T11 T12 T17; reopened T02 T08 T12 of 8 solved.
        Assert.Equal(37.5, results.Kpis["reopen_rate"].Value);
        Assert.Equal(8, results.Kpis["reopen_rate"].N);
    }

    public void Dispose() => fixture.Dispose();
}

public sealed class KpiDateRangeTestsOnDuckDb() : KpiDateRangeTests(TestEngine.DuckDb);

public sealed class KpiDateRangeTestsOnClickHouse() : KpiDateRangeTests(TestEngine.ClickHouse);
