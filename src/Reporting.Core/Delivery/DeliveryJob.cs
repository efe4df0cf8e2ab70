using Reporting.Core.Access;

namespace Reporting.Core.Delivery;

/// <summary>
/// One message to write, as the runner hands it to the composer: the delivery (its ledger row), the
/// occurrence, the recipient, the pack's account (null for a digest) and the recipient's scope, which
/// the runner has already entered (<see cref="AccessScope.Enter"/>) so every read is the recipient's.
/// </summary>
public sealed record DeliveryJob(
    long DeliveryId,
    Subscription Subscription,
    DateTimeOffset Occurrence,
    string RecipientEmail,
    string? AccountId,
    AccessScope Scope,
    Uri UnsubscribeUrl);
