using Reporting.Core.Access;

namespace Reporting.Core.Delivery;

/// <summary>
/// "Send a test to me": one occurrence of a subscription, now, to one team member only, in that
/// member's scope (the packs of accounts they cannot see are left out). It goes through the ledger
/// like any delivery, so it is recorded and shows among the subscription's last deliveries.
/// </summary>
public sealed class SendTest(SubscriptionStore store, DeliveryLedger ledger, PackAccounts packs, TeamDirectory team, DeliverySender sender, TimeProvider clock)
{
    /// <summary>The rows sent or failed; an unknown subscription or someone outside the team is an ArgumentException naming it.</summary>
    public async Task<IReadOnlyList<DeliveryRecord>> SendAsync(long subscriptionId, string memberEmail, CancellationToken cancellationToken)
    {
        using var gate = await DeliveryGate.EnterAsync(store.Database, cancellationToken).ConfigureAwait(false);
        var subscription = store.Find(subscriptionId) ?? throw new ArgumentException($"no subscription {subscriptionId}", nameof(subscriptionId));
        var members = team.Members();
        var member = TeamDirectory.Find(memberEmail, members) ?? throw new ArgumentException($"'{memberEmail}' is not a team member", nameof(memberEmail));
        var recipient = new ResolvedRecipient(member.Email.ToLowerInvariant(), TeamDirectory.ScopeOf(member, members));
        var now = clock.GetUtcNow();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(subscription.Schedule.TimeZone);
        var accounts = packs.For(subscription, new DueOccurrence(now, null), zone, cancellationToken);
        var results = new List<DeliveryRecord>();
        foreach (var account in accounts.Where(a => a is null || packs.Facts.Sees(recipient.Scope, a)))
        {
            if (ledger.Claim(subscription.Id, now, recipient.Email, account, now) is { } id)
            {
                results.Add(await sender.SendAsync(ledger.Find(id)!, cancellationToken, recipient).ConfigureAwait(false));
            }
        }
        return results;
    }
}
