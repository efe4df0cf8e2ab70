using Reporting.Core.Delivery;

namespace Reporting.Web.Delivery;

/// <summary>A subscription with its newest deliveries (newest first) and how each went.</summary>
public sealed record SubscriptionDetail(SubscriptionView Subscription, IReadOnlyList<DeliveryRecord> Deliveries);
