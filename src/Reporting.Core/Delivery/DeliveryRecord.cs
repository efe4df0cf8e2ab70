namespace Reporting.Core.Delivery;

/// <summary>
/// One row of the delivery ledger: a (subscription, occurrence, recipient, pack account) and how it went.
/// <see cref="Status"/> is pending, sent, failed or missed (see <see cref="DeliveryStatus"/>).
/// </summary>
public sealed record DeliveryRecord(
    long Id,
    long SubscriptionId,
    DateTimeOffset Occurrence,
    string Recipient,
    string? AccountId,
    string Status,
    int Attempts,
    string? LastError,
    DateTimeOffset? SentAt);
