using Reporting.Core.Tests.Engines;
using Reporting.Core.Kpis;
using Reporting.Core.Tests.Signals;

namespace Reporting.Core.Tests.Health;

/// <summary>The recovering scenario account's monthly health, its spell at risk and recovery time, and the KPIs computed from health.</summary>
public abstract class ScenarioHealthTests(TestEngine engine) : IDisposable
{
    private readonly ScenarioFixture fixture = new(engine);

    [Fact]
    public void The_recovering_account_fell_below_70_in_may_and_was_back_122_days_later()
    {
        var health = fixture.Health.ForAccount("RCV", ScenarioFixture.AsOf, months: 12)!;

        // Each month over itself and the two before. Until September RCV has NPS answers only (the engagement data starts in
        // October), so the score is the NPS scaled against 30 (negative → 0). April: 10 10 → 100. May: 10 10 0 0 0 → −20 → 0.
        // June: 10 and six 0 → −71.4 → 0; July likewise; August: 0 0 0 10 10 → −20 → 0; September: 10 10 10 → 100.
        // From October the engagement index weighs in: NPS 100 (× .15) and (5 logins / 8 → 62.5, 1 of 2 seats → 50 / 60 → 83.33,
        // 2 of 8 features → 25 / 75 → 33.33) / 3 = 59.7 → 74.63 (× .30): 37.39 / .45 = 83.1.
        Assert.Equal(
            ["2025-04 100", "2025-05 0", "2025-06 0", "2025-07 0", "2025-08 0", "2025-09 100",
             "2025-10 83.1", "2025-11 83.1", "2025-12 83.1", "2026-01 83.1", "2026-02 83.1", "2026-03 83.1"],
            health.History.Select(p => $"{p.Month:yyyy-MM} {ScenarioFixture.Number(p.Score)}"));
        Assert.Equal([new Reporting.Core.Health.HealthRecovery(new DateOnly(2025, 5, 31), new DateOnly(2025, 9, 30), 122)], health.Recoveries);
        Assert.Equal((83.1, false), (health.Current.Score, health.Current.AtRisk));
        Assert.Equal(["nps 100 → 100", "csat none → none", "ces none → none", "sla_breach_rate none → none", "reopen_rate none → none",
                      "handoffs_per_ticket none → none", "engagement_index 59.7 → 74.6"],
            health.Current.Components.Select(c => $"{c.Kpi} {ScenarioFixture.Number(c.Value)} → {ScenarioFixture.Number(c.Scaled)}"));
        // Renews on 1 August, within 180 days, but is not at risk.
        Assert.Equal((true, false, 0m), (health.Revenue.RenewsWithinHorizon, health.Revenue.AtRisk, health.Revenue.AtRiskArr));
    }

    [Fact]
    public void Recovery_days_and_revenue_at_risk_come_from_the_health_histories()
    {
        var rebound = fixture.Calculator.Compute(new KpiFilter(Account: "RCV", From: new DateOnly(2025, 9, 1), To: new DateOnly(2026, 3, 31)), ScenarioFixture.AsOf);
        var all = fixture.Calculator.Compute(new KpiFilter(To: new DateOnly(2026, 3, 31)), ScenarioFixture.AsOf);

        Assert.Equal(new KpiValue(122.0, 1, true), rebound.Kpis["health_recovery_days"]);
        // As of 1 April, over January–March: HND 17.8 (NPS −66.7 → 0, no breaches → 100, reopens 40 → 12.5, handoffs 2.4 → 20.83,
        // engagement 0: (10 + 1.25 + 2.08) / .75) and SIL 26 (engagement alone: 2 / 8 → 25, 3 of 12 seat-months → 25 / 60 → 41.67,
        // 1 of 8 features → 16.67, QBR 0 → 20.8 → 26) are at risk and renew by 28 September (30 June, 1 September):
        // 120,000 + 300,000. GOOD (92.8) and RCV (83.1) renew then too but are not at risk; PAS and ESC renew later.
        Assert.Equal(new KpiValue(420000.0, 6, true), all.Kpis["revenue_at_risk"]);
        // Two spells ended by 31 March, found in the history from November 2024 (the first month with facts): RCV's 122 days
        // and PAS's: NPS only, January–March 2025 10 7 3 → 0 (below from 31 March), February–April 7 3 10 9 → 25 / 30 → 83.3
        // (back on 30 April): 30 days. (122 + 30) / 2 = 76.
        Assert.Equal(new KpiValue(76.0, 2, true), all.Kpis["health_recovery_days"]);
    }

    public void Dispose() => fixture.Dispose();
}

public sealed class ScenarioHealthTestsOnDuckDb() : ScenarioHealthTests(TestEngine.DuckDb);

public sealed class ScenarioHealthTestsOnClickHouse() : ScenarioHealthTests(TestEngine.ClickHouse);
