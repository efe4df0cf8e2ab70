using Reporting.Core.Access;
using Reporting.Core.Health;
using Reporting.Core.Kpis;

namespace Reporting.Core.Delivery;

/// <summary>
/// Whose packs an occurrence sends: the subscription's account, or every account its rule matches on
/// the occurrence's day (renewing within N days; current health score below N, from the Core health
/// service), read in the creator's scope, so a subscription never reaches past what its creator may
/// see. A digest is about no one account (null). <paramref name="health"/> is needed for health rules only.
/// </summary>
public sealed class PackAccounts(DeliveryFacts facts, TeamDirectory team, HealthHistory? health)
{
    public DeliveryFacts Facts => facts;

    public IReadOnlyList<string?> For(Subscription subscription, DueOccurrence occurrence, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var content = subscription.Content;
        if (content.Kind == SubscriptionContentKind.DashboardDigest)
        {
            return [null];
        }
        IReadOnlyList<string>? candidates = occurrence.AccountId is { } one ? [one]
            : content.Kind == SubscriptionContentKind.AccountPack ? [content.AccountId!] : null;
        using var entered = AccessScope.Enter(CreatorScope(subscription.CreatedBy));
        if (content.Kind == SubscriptionContentKind.AccountPack)
        {
            return facts.Accounts(candidates).Select(a => (string?)a).ToList();
        }
        var day = DeliverySchedule.LocalDay(occurrence.At, zone);
        var rule = content.Rule!;
        var accounts = rule.RenewingWithinDays is { } within
            ? facts.Accounts(candidates, day, day.AddDays(within))
            : facts.Accounts(candidates);
        return rule.HealthBelow is { } below ? Below(accounts, below, day, cancellationToken) : accounts.Select(a => (string?)a).ToList();
    }

    /// <summary>
    /// A team member's scope; someone who is not a member (the command line, an API key) created it as
    /// an operator and reads every account.
    /// </summary>
    public AccessScope CreatorScope(string createdBy)
    {
        var members = team.Members();
        return TeamDirectory.Find(createdBy, members) is { } member ? TeamDirectory.ScopeOf(member, members) : AccessScope.All;
    }

    private List<string?> Below(IReadOnlyList<string> accounts, int below, DateOnly day, CancellationToken cancellationToken)
    {
        if (health is null)
        {
            throw new InvalidOperationException("A health rule needs the KPI catalog: register a KpiCalculator before AddReportingDelivery.");
        }
        var month = HealthHistory.CurrentMonth(day);
        var scores = health.Months(new KpiFilter(), month, month, day, cancellationToken);
        return accounts.Where(a => scores.TryGetValue(a, out var points) && points[^1].Score < below).Select(a => (string?)a).ToList();
    }
}
