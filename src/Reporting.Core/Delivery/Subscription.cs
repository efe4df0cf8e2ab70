namespace Reporting.Core.Delivery;

/// <summary>A standing order to send content to recipients on a schedule (a row of <c>subscription</c>).</summary>
public sealed record Subscription(
    long Id,
    string Name,
    SubscriptionContent Content,
    IReadOnlyList<SubscriptionRecipient> Recipients,
    SubscriptionSchedule Schedule,
    DeliveryChannel Channel,
    string? WebhookUrl,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    bool Paused);
