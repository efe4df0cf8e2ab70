namespace Reporting.Core.Delivery;

/// <summary>
/// One recipient line: <see cref="Value"/> is a member's e-mail (<see cref="RecipientKind.Member"/>), a
/// contact role executive|champion|admin|user (<see cref="RecipientKind.ContactRole"/>, one message per
/// contact of the pack's account with that role), or an e-mail address (<see cref="RecipientKind.Address"/>).
/// </summary>
public sealed record SubscriptionRecipient(RecipientKind Kind, string Value);
