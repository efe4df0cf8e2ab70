using Reporting.Core.Kpis;
using Reporting.Core.Tests.Engines;

namespace Reporting.Core.Tests.Kpis;

/// <summary>Every KPI for account A1 (Acme, SMB), computed by hand from kpi_fixture.sql.</summary>
public abstract class KpiAccountTests(TestEngine engine) : IDisposable
{
    private readonly KpiFixture fixture = new(engine);

    [Fact]
    public void Every_kpi_for_one_account()
    {
        var results = fixture.Compute(new KpiFilter(Account: "A1"));

        Assert.Equal(KpiFixture.Expected(
            // A1's NPS answers: R01 3, R02 5, R08 9, R09 6, R14 10, R15 9, R16 8, R17 7 → promoters 3, passives 2, detractors 3 of 8.
            ("nps", 0.0, 8),                          // 100 × (3 − 3) / 8
            ("promoter_share", 37.5, 8),              // 3 / 8
            ("passive_share", 25.0, 8),               // 2 / 8
            ("detractor_share", 37.5, 8),             // 3 / 8
            ("nps_margin", 60.0, 8),                  // p = d = .375: 196 × sqrt((.75 − 0) / 8) = 196 × .30619 = 60.01
            ("csat", 100.0, 2),                       // R29 5, R30 4
            ("ces", 2.00, 1),                         // R36 2
            ("survey_response_rate", 60.0, 5),        // S01–S05, answered S01 S02 S04 → 3 / 5
            ("survey_fatigue_violations", 0.0, 0),    // the sends name no contact
            ("nonresponder_followup_rate", 0.0, 2),   // S03 and S05 unanswered; neither followed up
            ("survey_coverage", 100.0, 3),            // January to March, R01 (relational) in January
            ("survey_key_stakeholder_coverage", 100.0, 3), // R01 from C11, a champion, in January
            // A1's tickets T01–T06; FRT of the answered five: 30 55 300 400 600.
            ("frt_median_minutes", 300.0, 5),         // the middle one
            ("frt_p90_minutes", 520.0, 5),            // rank 4 × .9 = 3.6: 400 + .6 × (600 − 400)
            // TTR of the solved four: 4 10 30 50.
            ("ttr_median_hours", 20.0, 4),            // rank 1.5: (10 + 30) / 2
            ("ttr_p90_hours", 44.0, 4),               // rank 3 × .9 = 2.7: 30 + .7 × (50 − 30)
            ("reopen_rate", 25.0, 4),                 // T02 of 4 solved
            ("handoffs_per_ticket", 0.50, 6),         // T02 1 + T03 2 = 3 over 6 tickets
            ("group_handoffs_per_ticket", 0.17, 6),   // T03 1 over 6 = .167
            ("sla_breach_rate", 33.3, 6),             // due: 5 answered + T06 (unanswered P2); breached T03 (300 > 240) and T06 → 2 / 6
            ("sla_near_miss_rate", 40.0, 5),          // T02 55/60, T04 400/480 → 2 / 5
            ("aging_p1p2", 1.0, 1),                   // T06, open P2 since 2 March: older than 2 × 24 h; the only open P1/P2
            // A1's engagement: logins 4 + 2 + 2 = 8; active users 2 (u1 u2) + 1 (u1) + 2 (u1 u3) = 5; seats 10 × 3 months.
            ("logins_per_active_user", 1.60, 5),      // 8 / 5
            ("active_user_ratio", 16.7, 30),          // 100 × 5 / 30 = 16.67
            ("feature_adoption", 37.5, 8),            // dashboards, reports, alerts: 3 of 8
            ("qbr_attendance", 50.0, 2),              // M01 QBR held with the stakeholder, M03 EBR held without (M02 is a check-in) → 1 / 2
            ("engagement_index", 38.3, 2),            // (1.6 / 8 → 20 + 16.7 / 60 → 27.83 + 37.5 / 75 → 50 + 50 / 90 → 55.56) / 4 = 38.35; n = min(5, 30, 8, 2)
            // A1's detractor answers R01, R02, R09 (no case): contact .58 h and 22 h; root cause 23 h and 72 h; plan 47 h and 96 h.
            ("detractor_contact_24h", 66.7, 3),       // R01, R02 → 2 / 3
            ("detractor_rca_48h", 33.3, 3),           // R01 → 1 / 3
            ("detractor_plan_72h", 33.3, 3),          // R01 → 1 / 3
            ("detractor_recovery_rate", 50.0, 2),     // followed up R01 → R08 (9), R02 → R09 (6); R09 has no later answer → 1 / 2
            // Health: each part scaled to 0–100 against its target, weighted (reports/kpis.yaml): NPS 0 / 30 → 0 (× .15),
            // CSAT 100 / 85 → 100 (× .15), CES 3 / 2 → 100 (× .10), SLA breaches 5 / 33.3 → 15.02 (× .10), reopens 5 / 25 → 20
            // (× .10), handoffs .5 / .5 → 100 (× .10), engagement 38.3 / 80 → 47.88 (× .30):
            // 0 + 15 + 10 + 1.50 + 2 + 10 + 14.36 = 52.86. It rests on the fewest observations of its parts (CES 1).
            ("health_score", 52.9, 1),
            // As of today (15 April) the current month is March, over January to March: all of A1's facts, so 52.9 again,
            // at risk; A1 renews on 1 September, within 180 days of 15 April (12 October) → its ARR 40,000 is at risk.
            // A recovery needs a month at or above 70, a month below, then one back: with history from January (the first
            // month with facts) and March below 70, there is none.
            ("health_recovery_days", null, 0),
            ("revenue_at_risk", 40000.0, 1)).Concat(KpiFixture.WithoutMovements),
            KpiFixture.Lines(results));
    }

    [Fact]
    public void An_unknown_account_is_not_found()
    {
        var error = Assert.Throws<KpiFilterException>(() => fixture.Compute(new KpiFilter(Account: "A9")));

        Assert.Equal(("account", true), (error.Parameter, error.NotFound));
    }

    [Fact]
    public void An_account_value_that_looks_like_sql_is_only_a_value()
    {
        var error = Assert.Throws<KpiFilterException>(() => fixture.Compute(new KpiFilter(Account: "A1' OR '1'='1")));

        Assert.True(error.NotFound);
    }

    public void Dispose() => fixture.Dispose();
}

public sealed class KpiAccountTestsOnDuckDb() : KpiAccountTests(TestEngine.DuckDb);

public sealed class KpiAccountTestsOnClickHouse() : KpiAccountTests(TestEngine.ClickHouse);
