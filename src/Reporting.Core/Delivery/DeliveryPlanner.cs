namespace Reporting.Core.Delivery;

/// <summary>
/// Finds what is due at a moment without writing anything: for each subscription that is not paused,
/// its occurrences in (now − grace, now] not looked at before are due; those after it was last
/// checked (or created) and before the grace window are missed. Each occurrence's packs and
/// recipients are resolved as of then.
/// </summary>
public sealed class DeliveryPlanner(SubscriptionStore store, DeliveryFacts facts, PackAccounts packs, RecipientResolver recipients)
{
    public DeliveryPlan Plan(DateTimeOffset now, TimeSpan grace, CancellationToken cancellationToken = default)
    {
        var (due, missed, looked) = (new List<PlannedDelivery>(), new List<PlannedDelivery>(), new List<long>());
        var checkedUntil = store.CheckedUntil();
        foreach (var subscription in store.List())
        {
            looked.Add(subscription.Id);
            if (subscription.Paused)
            {
                continue;
            }
            // Occurrences up to checked_until were recorded by an earlier run, and those before the
            // subscription was made are not its own: only later ones are new (a run at an earlier
            // moment, e.g. `deliver --at`, looks at its whole grace window).
            var windowStart = now - grace;
            // (from, to] leaves out its start: an occurrence at the very moment of making is the subscription's own.
            var seen = checkedUntil.TryGetValue(subscription.Id, out var c) ? c : subscription.CreatedAt.AddTicks(-1);
            var dueFrom = seen > windowStart && seen <= now ? seen : windowStart;
            var unsubscribed = store.Unsubscribed(subscription.Id);
            due.AddRange(Deliveries(subscription, dueFrom, now, unsubscribed, cancellationToken));
            missed.AddRange(Deliveries(subscription, seen, windowStart, unsubscribed, cancellationToken));
        }
        return new DeliveryPlan(due, missed, looked);
    }

    /// <summary>The messages of the subscription's occurrences in (from, to].</summary>
    private List<PlannedDelivery> Deliveries(
        Subscription subscription, DateTimeOffset from, DateTimeOffset to, IReadOnlySet<string> unsubscribed, CancellationToken cancellationToken)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(subscription.Schedule.TimeZone);
        var planned = new List<PlannedDelivery>();
        foreach (var occurrence in DeliverySchedule.Occurrences(subscription, from, to, facts))
        {
            foreach (var account in packs.For(subscription, occurrence, zone, cancellationToken))
            {
                planned.AddRange(recipients.For(subscription, account, unsubscribed)
                    .Select(r => new PlannedDelivery(subscription, occurrence.At, r, account)));
            }
        }
        return planned;
    }
}
