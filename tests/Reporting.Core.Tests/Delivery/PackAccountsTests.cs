using Reporting.Core.Access;
using Reporting.Core.Delivery;
using Reporting.Core.Health;
using Reporting.Core.Tests.Kpis;
using Reporting.Tests.Fixtures.Delivery;

namespace Reporting.Core.Tests.Delivery;

/// <summary>A health rule reads the health service's current score: Crane (A3) scores 53.4 for March 2026 (HealthHandComputedTests).</summary>
public sealed class PackAccountsTests : IDisposable
{
    private readonly KpiFixture fixture = new();

    [Fact]
    public void A_health_rule_takes_the_accounts_whose_current_score_is_below_it()
    {
        var packs = new PackAccounts(new DeliveryFacts(fixture.Database), new TeamDirectory(fixture.Database), new HealthHistory(fixture.Calculator));
        var occurrence = new DueOccurrence(new DateTimeOffset(KpiFixture.Today.ToDateTime(new TimeOnly(7, 0)), TimeSpan.Zero), null);

        IReadOnlyList<string?> Below(int score) => packs.For(Rule(score), occurrence, TimeZoneInfo.Utc, CancellationToken.None);

        Assert.Contains("A3", Below(54));
        Assert.DoesNotContain("A3", Below(53));
        Assert.Equal(Below(54).Except(["A3"]), Below(53));
    }

    private static Subscription Rule(int healthBelow) => DeliveryData.AccountPack("A1") with
    {
        Content = new SubscriptionContent(SubscriptionContentKind.RulePacks, null, new PackRule(null, healthBelow), null, new Dictionary<string, string>(), null),
        CreatedBy = "command line",
    };

    public void Dispose() => fixture.Dispose();
}
