using Reporting.Core.Health;
using Reporting.Core.Kpis;
using Reporting.Core.Tests.Engines;
using Reporting.Core.Tests.Kpis;

namespace Reporting.Core.Tests.Revenue;

/// <summary>The revenue KPIs of KPIS.md computed by hand from <see cref="RevenueFixture"/>, on each engine.</summary>
public abstract class RevenueKpiTests(TestEngine engine) : IDisposable
{
    private static readonly DateOnly LateOctober = new(2026, 10, 31);

    private static readonly string[] Retention = ["nrr", "grr", "logo_churn_rate", "churned_arr", "contraction_arr", "expansion_arr", "new_arr"];

    private static readonly string[] ChurnAfter = ["churn_180d_after_promoter", "churn_180d_after_passive", "churn_180d_after_detractor", "churn_90d_after_detractor"];

    private readonly RevenueFixture fixture = new(engine);

    [Fact]
    public void Retention_and_flows_over_the_period()
    {
        Assert.Equal(KpiFixture.Expected(
            // Active at the start (ARR on 31 December): R1 1100 (its expansion of that day counts), R2 2000, R4 3000 = 6100;
            // not R3 (new in the period) nor R5 (churned in 2025). At the end: R1 900 (its expansion of 1 April is
            // after), R2 1500 (reactivated), R4 3300 (renewal on the last day) = 5700 → 93.44.
            ("nrr", 93.4, 3),
            // Down in the period: R1's renewal 200 (a renewal lowering ARR) and R2's churn 2000 → (6100 − 2200) / 6100 = 63.93.
            ("grr", 63.9, 3),
            ("logo_churn_rate", 33.3, 3),             // R2 of 3
            // Flows of all accounts over the 6 movements of the period: churn R2 2000; contraction R1's renewal 200;
            // up R3's expansion 1000 + R4's renewal 300; new R3 5000 (R2's reactivation is none of these).
            ("churned_arr", 2000.0, 6),
            ("contraction_arr", 200.0, 6),
            ("expansion_arr", 1300.0, 6),
            ("new_arr", 5000.0, 6)),
            fixture.Revenue(RevenueFixture.Period, LateOctober, Retention));
    }

    [Fact]
    public void Retention_for_one_segment_and_one_account()
    {
        Assert.Equal(KpiFixture.Expected(
            // SMB: R1 1100 → 900 and R2 2000 → 1500 (R5 has no ARR): 2400 / 3100 = 77.42; (3100 − 2200) / 3100 = 29.03.
            ("nrr", 77.4, 2),
            ("grr", 29.0, 2),
            ("logo_churn_rate", 50.0, 2),
            ("churned_arr", 2000.0, 3),
            ("contraction_arr", 200.0, 3),
            ("expansion_arr", 0.0, 3),
            ("new_arr", 0.0, 3)),
            fixture.Revenue(RevenueFixture.Period with { Segment = "SMB" }, LateOctober, Retention));
        Assert.Equal(KpiFixture.Expected(
            // R3 had no ARR on 31 December: no retention to judge; its flows still count.
            ("nrr", null, 0),
            ("grr", null, 0),
            ("logo_churn_rate", null, 0),
            ("churned_arr", 0.0, 2),
            ("contraction_arr", 0.0, 2),
            ("expansion_arr", 1000.0, 2),
            ("new_arr", 5000.0, 2)),
            fixture.Revenue(RevenueFixture.Period with { Account = "R3" }, LateOctober, Retention));
    }

    [Fact]
    public void Churn_after_each_nps_group_once_every_answer_had_its_time()
    {
        // In the period with ARR that day: R1 10 (Jan 10), 3 (Mar 1); R2 9 (Jan 5), 2 (Jan 10), 8 (Mar 5, after the
        // reactivation); R4 7 (Feb 10), 0 (Feb 20). Left out: R1's 9 of Dec 31 (before the period), R2's 8 on the day of
        // its churn (ARR 0 that day, so not "before" the churn), R5's 7 (no ARR). Churns: R2 on Jan 15, R4 on Jun 30.
        Assert.Equal(KpiFixture.Expected(
            ("churn_180d_after_promoter", 50.0, 2),   // R2's 9 churned, R1's 10 did not
            ("churn_180d_after_passive", 50.0, 2),    // R4's 7 (Jun 30 within Aug 9), not R2's 8 of Mar 5
            ("churn_180d_after_detractor", 66.7, 3),  // R2's 2 and R4's 0 (Jun 30 within Aug 19), not R1's 3
            ("churn_90d_after_detractor", 33.3, 3)),  // R2's 2 only: R4's churn comes after May 21
            fixture.Revenue(RevenueFixture.Period, LateOctober, ChurnAfter));
    }

    [Fact]
    public void Answers_too_recent_to_have_been_watched_for_90_or_180_days_are_left_out()
    {
        // As of Aug 15 the 180-day window is complete for answers up to Feb 16, the 90-day one up to May 17.
        Assert.Equal(KpiFixture.Expected(
            ("churn_180d_after_promoter", 50.0, 2),
            ("churn_180d_after_passive", 100.0, 1),   // R4's 7 of Feb 10 only
            ("churn_180d_after_detractor", 100.0, 1), // R2's 2 of Jan 10 only
            ("churn_90d_after_detractor", 33.3, 3)),
            fixture.Revenue(RevenueFixture.Period, new DateOnly(2026, 8, 15), ChurnAfter));
    }

    [Fact]
    public void The_health_auc_judges_the_scored_month_ends_with_arr_that_had_180_days()
    {
        var scores = new HealthHistory(fixture.Calculator).Months(new KpiFilter(), new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 1), LateOctober)
            .ToDictionary(h => h.Key, h => h.Value.ToDictionary(p => p.Date, p => p.Score));
        double Score(string account, int month) => scores[account][new DateOnly(2026, month, 1).AddMonths(1).AddDays(-1)]!.Value;
        // With ARR and a score (NPS answers in the 3 months): R1 at the end of January, February and March, R2 at the
        // end of March (reactivated; at 0 before), R4 at the end of February and March (no answer in Nov–Jan). R3 has
        // no score, R5 no ARR. R4 churns on Jun 30, within 180 days of both its month-ends: 2 churned, 4 retained.
        // Only NPS is loaded, so a score is NPS against its target of 30, capped to 0..100: R1 in Nov–Jan and Dec–Feb
        // (9, 10) NPS 100 → 100, in Jan–Mar (10, 3) NPS 0 → 0; R2 in Jan–Mar (9, 2, 8, 8) 0 → 0; R4 (7, 0) −50 → 0.
        Assert.Equal([0.0, 0.0], [Score("R4", 2), Score("R4", 3)]);
        Assert.Equal([100.0, 100.0, 0.0, 0.0], [Score("R1", 1), Score("R1", 2), Score("R1", 3), Score("R2", 3)]);

        var line = Assert.Single(fixture.Revenue(RevenueFixture.Period, LateOctober, "health_churn_auc"));

        // Each churned 0 is below both retained 100s (1 each) and ties both retained 0s (½ each): 2 × 3 / (2 × 4) = 0.75.
        Assert.Equal("health_churn_auc = 0.75 (2, low)", line);
        Assert.Null(scores["R3"][new DateOnly(2026, 3, 31)]);
        Assert.Null(scores["R4"][new DateOnly(2026, 1, 31)]);
    }

    [Fact]
    public void Churn_by_health_band_over_the_same_month_ends()
    {
        // The pairs above: below 50 R4 0, 0 (churned), R1 0 and R2 0 (retained) → 2 of 4; 85 and above R1 100, 100 → 0 of 2.
        Assert.Equal(KpiFixture.Expected(
            ("churn_180d_health_below_50", 50.0, 4),
            ("churn_180d_health_50_70", null, 0),
            ("churn_180d_health_70_85", null, 0),
            ("churn_180d_health_85_plus", 0.0, 2)),
            fixture.Revenue(RevenueFixture.Period, LateOctober, "churn_180d_health_below_50", "churn_180d_health_50_70", "churn_180d_health_70_85", "churn_180d_health_85_plus"));
    }

    [Fact]
    public void The_auc_waits_for_month_ends_to_have_had_180_days()
    {
        // As of Aug 15 only month-ends up to Feb 16 count: January, where R4 has no score. No churned pair.
        Assert.Equal(KpiFixture.Expected(("health_churn_auc", null, 0)), fixture.Revenue(RevenueFixture.Period, new DateOnly(2026, 8, 15), "health_churn_auc"));
    }

    public void Dispose() => fixture.Dispose();
}

public sealed class RevenueKpiTestsOnDuckDb() : RevenueKpiTests(TestEngine.DuckDb);

public sealed class RevenueKpiTestsOnClickHouse() : RevenueKpiTests(TestEngine.ClickHouse);
