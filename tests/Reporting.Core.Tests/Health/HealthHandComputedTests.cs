using Reporting.Core.Health;
using Reporting.Core.Tests.Kpis;

namespace Reporting.Core.Tests.Health;

/// <summary>One account's health score for one month computed by hand from kpi_fixture.sql: A3 (Crane), March 2026.</summary>
public sealed class HealthHandComputedTests : IDisposable
{
    private readonly KpiFixture fixture = new();

    [Fact]
    public void Crane_in_march_2026_by_hand()
    {
        var health = new HealthHistory(fixture.Calculator).ForAccount("A3", KpiFixture.Today, months: 3)!;
        var march = health.Current;

        Assert.Equal((new DateOnly(2026, 3, 1), new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)), (march.Month, march.Window.From, march.Window.To));
        Assert.Equal(
        [
            // NPS answered January–March: R04 4, R05 6, R11 5, R12 7, R22 10, R23 9, R24 9, R25 10 → (4 − 3) / 8 = 12.5; 12.5 / 30 → 41.67.
            "nps .15: 12.5 (8) → 41.7",
            // CSAT R32 5, R33 2 → 1 of 2; 50 / 85 → 58.82.
            "csat .15: 50 (2) → 58.8",
            // CES R38 3, R39 4 → 3.5; lower is better: 3 / 3.5 → 85.71.
            "ces .1: 3.5 (2) → 85.7",
            // T11–T16 (T21 was opened today, outside the months): due 6, breached T11 (90 > 60) and T15 (P4 unanswered) → 33.3; 5 / 33.3 → 15.02.
            "sla_breach_rate .1: 33.3 (6) → 15",
            // Solved T11 T12 T14 T16, reopened T12 → 25; 5 / 25 → 20.
            "reopen_rate .1: 25 (4) → 20",
            // Handoffs T11 3, T13 1 over 6 tickets = .67; .5 / .67 → 74.63.
            "handoffs_per_ticket .1: 0.67 (6) → 74.6",
            // Logins 13 over 7 user-months = 1.86 → 23.25; 7 of 60 seat-months = 11.7 → 19.5; 5 of 8 key features = 62.5 → 83.33;
            // QBR/EBR held with the stakeholder M06 M07 of M06–M08 = 66.7 → 74.11: (23.25 + 19.5 + 83.33 + 74.11) / 4 = 50.05 → 50;
            // 50 / 80 → 62.5. It rests on its fewest observations: the 3 meetings.
            "engagement_index .3: 50 (3) → 62.5",
        ],
        march.Components.Select(c => $"{c.Kpi} {c.Weight.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture).TrimStart('0')}: " +
            $"{Fixture(c.Value)} ({c.N}) → {Fixture(c.Scaled)}"));
        // .15 × 41.667 + .15 × 58.824 + .1 × 85.714 + .1 × 15.015 + .1 × 20 + .1 × 74.627 + .3 × 62.5
        // = 6.25 + 8.824 + 8.571 + 1.502 + 2 + 7.463 + 18.75 = 53.36; its parts' fewest observations: CSAT's and CES's 2.
        Assert.Equal((53.4, 2L, true, true), (march.Score!.Value, march.N, march.LowSample, march.AtRisk!.Value));
        Assert.Equal(["2026-01", "2026-02", "2026-03"], health.History.Select(p => $"{p.Month:yyyy-MM}"));
        // Crane renews on 1 December 2026, beyond 180 days of 15 April: nothing of its 150,000 counts as at risk.
        Assert.Equal((false, true, 0m), (health.Revenue.RenewsWithinHorizon, health.Revenue.AtRisk, health.Revenue.AtRiskArr));
    }

    [Fact]
    public void An_unknown_account_has_no_health()
    {
        Assert.Null(new HealthHistory(fixture.Calculator).ForAccount("A9", KpiFixture.Today));
    }

    private static string Fixture(double? value) => Signals.ScenarioFixture.Number(value);

    public void Dispose() => fixture.Dispose();
}
