namespace Reporting.Core.Delivery;

/// <summary>One message an occurrence calls for: the subscription, when, to whom (in which scope), about which account.</summary>
public sealed record PlannedDelivery(Subscription Subscription, DateTimeOffset Occurrence, ResolvedRecipient Recipient, string? AccountId);
