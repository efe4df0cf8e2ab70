namespace Reporting.Core.Delivery;

/// <summary>The JSON body a webhook receives: which delivery, the subject and text, the live link and the unsubscribe link.</summary>
public sealed record WebhookPayload(
    long DeliveryId, long SubscriptionId, string Subscription, DateTimeOffset Occurrence, string Recipient, string? AccountId,
    string Subject, string Text, string? Link, string Unsubscribe);
