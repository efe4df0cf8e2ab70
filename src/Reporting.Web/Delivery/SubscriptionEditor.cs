using Reporting.Documents.Delivery;
using Reporting.Core.Access;
using Reporting.Core.Dashboards;
using Reporting.Core.Delivery;
using Reporting.Core.Storage;
using Reporting.Core.Periods;

namespace Reporting.Web.Delivery;

/// <summary>
/// Creates and edits subscriptions for the API and the page alike: reads the request, has the engine's
/// validator check it in the creator's scope (the ambient one of the request), then composes what it
/// asks for once without sending (a digest's dashboard, filters and period) so a subscription that
/// could never be composed is refused now, naming the field, not failing at 7 in the morning.
/// </summary>
public sealed class SubscriptionEditor(ReportingDatabase database, SubscriptionStore store, DeliveryFacts facts, DashboardCatalog catalog, DashboardSnapshots snapshots, ReportingClock clock)
{
    public SubscriptionEdit Create(SubscriptionRequest request, string creator, CancellationToken cancellationToken)
    {
        var (subscription, problems) = Check(request, creator, clock.Now, cancellationToken);
        return subscription is null || problems.Count > 0
            ? new SubscriptionEdit(null, problems)
            : new SubscriptionEdit(store.Find(store.Add(subscription)), []);
    }

    /// <summary>Replaces what, to whom and when of <paramref name="existing"/>; its creator and pause stay.</summary>
    public SubscriptionEdit Update(Subscription existing, SubscriptionRequest request, CancellationToken cancellationToken)
    {
        var (subscription, problems) = Check(request, existing.CreatedBy, existing.CreatedAt, cancellationToken);
        if (subscription is null || problems.Count > 0)
        {
            return new SubscriptionEdit(null, problems);
        }
        store.Update(subscription with { Id = existing.Id });
        return new SubscriptionEdit(store.Find(existing.Id), []);
    }

    private (Subscription?, IReadOnlyList<SubscriptionProblem>) Check(SubscriptionRequest request, string creator, DateTimeOffset createdAt, CancellationToken cancellationToken)
    {
        var (subscription, problems) = request.ToSubscription(creator, createdAt);
        if (subscription is null)
        {
            return (null, problems);
        }
        var scope = AccessScope.Current;
        var found = new SubscriptionValidator(database, catalog.Dashboards.Select(d => d.Id).ToList()).Validate(subscription, scope).ToList();
        if (!found.Any(p => p.Field.StartsWith("content", StringComparison.Ordinal)))
        {
            found.AddRange(ContentProblems(subscription.Content, scope, cancellationToken));
        }
        return (subscription, found);
    }

    private IEnumerable<SubscriptionProblem> ContentProblems(SubscriptionContent content, AccessScope scope, CancellationToken cancellationToken)
    {
        if (content.Filters.TryGetValue("account_id", out var account) && !facts.Sees(scope, account))
        {
            // The same answer for an account that does not exist and one outside the creator's scope.
            return [new("content.filters.account_id", $"no account '{account}'")];
        }
        var today = clock.Today;
        try
        {
            if (content.Kind == SubscriptionContentKind.DashboardDigest)
            {
                snapshots.Take(content.Dashboard!, content.Filters, content.Period, today, cancellationToken);
            }
            else
            {
                DeliveryPeriod.Resolve(content.Period, today);
            }
            return [];
        }
        catch (Exception e) when (e is DeliveryContentException or DashboardFilterException)
        {
            var field = e is DeliveryContentException c ? c.Field : ((DashboardFilterException)e).Parameter;
            return [new(field is "period" or "dashboard" ? $"content.{field}" : $"content.filters.{field}", e.Message)];
        }
    }
}
