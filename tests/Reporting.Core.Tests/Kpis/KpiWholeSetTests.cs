using Reporting.Core.Kpis;
using Reporting.Core.Tests.Engines;

namespace Reporting.Core.Tests.Kpis;

/// <summary>Every KPI over the whole fixture, computed by hand from kpi_fixture.sql.</summary>
public abstract class KpiWholeSetTests(TestEngine engine) : IDisposable
{
    private readonly KpiFixture fixture = new(engine);

    [Fact]
    public void Every_kpi_over_everything()
    {
        var results = fixture.Compute(new KpiFilter());

        Assert.Equal(KpiFixture.Expected(
            // NPS answers: 29 (R01–R28 and R41). Promoters (9–10): A1 R08 R14 R15, A2 R18 R19 R21,
            // A3 R22 R23 R24 R25, A4 R13 R26 R27 R28 = 14. Passives (7–8): R16 R17 R10 R20 R12 = 5.
            // Detractors (0–6): R01 R02 R09 R03 R41 R04 R05 R11 R06 R07 = 10.
            ("nps", 13.8, 29),                        // 100 × (14 − 10) / 29 = 13.79
            ("promoter_share", 48.3, 29),             // 100 × 14 / 29 = 48.28
            ("passive_share", 17.2, 29),              // 100 × 5 / 29 = 17.24
            ("detractor_share", 34.5, 29),            // 100 × 10 / 29 = 34.48
            ("nps_margin", 32.7, 29),                 // p = .4828, d = .3448: 196 × sqrt((.8276 − .1379²) / 29) = 196 × sqrt(.80856 / 29) = 196 × .16698 = 32.73
            ("csat", 57.1, 7),                        // scores 5 4 3 5 2 4 1: four of 7 are 4 or 5 → 57.14
            ("ces", 4.00, 5),                         // (2 + 5 + 3 + 4 + 6) / 5 = 4
            ("survey_response_rate", 50.0, 16),       // 16 sends, answered S01 S02 S04 S06 S10 S11 S13 S14 = 8 → 50
            // The sends name no contact: no cap to break (and nothing to count it over).
            ("survey_fatigue_violations", 0.0, 0),
            // Unanswered 7 days after sending: S03 S05 S07 S08 S09 S12 S15 S16, and S11 (R23 came after 10 days) = 9; none followed up.
            ("nonresponder_followup_rate", 0.0, 9),
            // Sends span January to March: A1 A2 A3 (onboarded 2025) in each month = 9 account-months; A4 (onboarded
            // 2026-02-01) has less than 90 days' tenure. Relational answers by then: A1 R01, A2 R03, A3 R22 in January → all covered.
            ("survey_coverage", 100.0, 9),
            // Executive or champion answers: A1 R01 (C11) and A2 R03 (C21) in January; A3's first is R04 (C31) on 2 February,
            // so A3 is not covered in January → 8 / 9 = 88.89.
            ("survey_key_stakeholder_coverage", 88.9, 9),
            // FRT minutes of the 18 answered tickets, sorted: 10 20 30 45 50 55 60 90 120 150 200 240 250 300 400 500 600 1500.
            ("frt_median_minutes", 135.0, 18),        // rank 8.5: (120 + 150) / 2
            ("frt_p90_minutes", 530.0, 18),           // rank 17 × .9 = 15.3: 500 + .3 × (600 − 500)
            // TTR hours of the 14 solved tickets, sorted: 2 3 4 5 6 10 12 20 30 36 40 50 70 100.
            ("ttr_median_hours", 16.0, 14),           // rank 6.5: (12 + 20) / 2
            ("ttr_p90_hours", 64.0, 14),              // rank 13 × .9 = 11.7: 50 + .7 × (70 − 50)
            ("reopen_rate", 28.6, 14),                // reopened T02 T08 T12 T18 of 14 solved → 28.57
            ("handoffs_per_ticket", 0.57, 21),        // assignee stations − 1: T02 1, T03 2, T08 1, T09 1, T11 3, T13 1, T17 1, T18 2 = 12; 12 / 21 = .571
            ("group_handoffs_per_ticket", 0.24, 21),  // group stations − 1: T03 1, T08 1, T11 2, T17 1 = 5; 5 / 21 = .238
            // Due: 18 answered + T06 (P2, unanswered since March) + T15 (P4, unanswered since March) = 20; T21 (P1, 30 minutes old) is not due yet.
            // Breached: T03 300 > 240, T10 1500 > 1440, T11 90 > 60, T18 250 > 240, T19 500 > 480, and T06, T15 → 7.
            ("sla_breach_rate", 35.0, 20),            // 7 / 20
            ("sla_near_miss_rate", 22.2, 18),         // 80–100 % of target: T02 55/60, T04 400/480, T09 200/240, T20 50/60 → 4 / 18 = 22.22 (T17 45/60 = 75 % is not)
            ("aging_p1p2", 3.0, 4),                   // open P1/P2: T06, T13, T20 (older than 2 × 24 h or 2 × 8 h) and T21 (30 minutes, not aged) → 3 of 4
            // Engagement, January to March. Logins: A1 8, A2 4, A3 13, A4 4 = 29. Active users summed over months:
            // A1 2 + 1 + 2, A2 1 + 0 + 2, A3 3 + 2 + 2, A4 (from February) 1 + 2 = 18. Seat-months: A1 10 × 3,
            // A2 5 × 3, A3 20 × 3, A4 8 × 2 = 121. Key features used: A1 dashboards reports alerts, A2 api
            // (export is not key), A3 sso integrations dashboards automation mobile, A4 reports = 10 of 4 × 8.
            ("logins_per_active_user", 1.61, 18),     // 29 / 18 = 1.611
            ("active_user_ratio", 14.9, 121),         // 100 × 18 / 121 = 14.88
            ("feature_adoption", 31.3, 32),           // 100 × 10 / 32 = 31.25
            ("qbr_attendance", 62.5, 8),              // QBR/EBR up to now: M01 M03 M04 M05 M06 M07 M08 M09 (M10 is in ten days); held with key stakeholder: M01 M05 M06 M07 M09 → 5 / 8
            // Each scaled against its target: 1.61 / 8 → 20.125, 14.9 / 60 → 24.83, 31.3 / 75 → 41.73, 62.5 / 90 → 69.44;
            // mean 156.14 / 4 = 39.03. It rests on the fewest observations of its parts (8 meetings).
            ("engagement_index", 39.0, 8),
            // Detractor answers: R01 R02 R03 R04 R05 R06 R07 R09 R11 and R41 (2 hours ago, not due for any step).
            // Hours from the answer: contact R01 .58, R02 22, R03 48, R04 96, R06 .5, R07 22; R05 R09 R11 have no case.
            ("detractor_contact_24h", 44.4, 9),       // R01 R02 R06 R07 → 4 / 9 = 44.44
            ("detractor_rca_48h", 22.2, 9),           // root cause R01 23, R06 19 (R02 72, R03 50, R07 70 too late) → 2 / 9
            ("detractor_plan_72h", 33.3, 9),          // plan R01 47, R03 71, R06 43 (R02 96 too late) → 3 / 9
            // Next NPS answer of the same contact 30–90 days later: R01 → R08 (50 days, 9), R02 → R09 (41 days, 6),
            // R04 → R11 (46 days, 5), R05 → R12 (48 days, 7), R06 → R13 (44 days, 10); R03 → R10 came after 21 days: not a follow-up.
            ("detractor_recovery_rate", 60.0, 5),     // 7 or more: R08 R12 R13 → 3 / 5
            // Health: NPS 13.8 / 30 → 46 × .15 = 6.9; CSAT 57.1 / 85 → 67.18 × .15 = 10.08; CES 3 / 4 → 75 × .10 = 7.5;
            // SLA 5 / 35 → 14.29 × .10 = 1.43; reopens 5 / 28.6 → 17.48 × .10 = 1.75; handoffs .5 / .57 → 87.72 × .10 = 8.77;
            // engagement 39 / 80 → 48.75 × .30 = 14.63 → 51.05; n = CES's 5.
            ("health_score", 51.1, 5),
            // As of 15 April, over January to March every account is below 70 (A1 52.9, A2 46.4, A3 53.4, A4 52.9): no
            // recovery. At risk and renewing by 12 October: A1 (1 September, 40,000) and A2 (1 October, 20,000).
            ("health_recovery_days", null, 0),
            ("revenue_at_risk", 60000.0, 4)).Concat(KpiFixture.WithoutMovements),
            KpiFixture.Lines(results));
    }

    [Fact]
    public void Results_come_in_the_catalog_order_with_every_stable_id()
    {
        var ids = fixture.Compute(new KpiFilter()).Kpis.Keys;

        Assert.Equal(fixture.Catalog.Kpis.Select(k => k.Id), ids);
        Assert.Equal(KpiCatalogTests.StableIds.Concat(KpiCatalogTests.SurveyProgramIds).Concat(KpiCatalogTests.HealthBandIds).Order(), ids.Order());
    }

    public void Dispose() => fixture.Dispose();
}

public sealed class KpiWholeSetTestsOnDuckDb() : KpiWholeSetTests(TestEngine.DuckDb);

public sealed class KpiWholeSetTestsOnClickHouse() : KpiWholeSetTests(TestEngine.ClickHouse);
