using Reporting.Core.Delivery;

namespace Reporting.Web.Delivery;

/// <summary>A subscription as the API answers it: what a request would give to make it again, plus its id, creator, creation time and pause.</summary>
public sealed record SubscriptionView(long Id, string CreatedBy, DateTimeOffset CreatedAt, bool Paused, SubscriptionRequest Subscription)
{
    public static SubscriptionView Of(Subscription s) => new(s.Id, s.CreatedBy, s.CreatedAt, s.Paused, SubscriptionRequest.From(s));
}
