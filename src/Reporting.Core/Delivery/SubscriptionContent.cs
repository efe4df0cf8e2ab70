namespace Reporting.Core.Delivery;

/// <summary>
/// What a subscription sends. <see cref="AccountId"/> for an account pack, <see cref="Rule"/> for rule
/// packs, <see cref="Dashboard"/> (its id) for a digest; <see cref="Filters"/> are the dashboard's
/// filters by name; <see cref="Period"/> such as "last-90-days", or null for the pack's default.
/// </summary>
public sealed record SubscriptionContent(
    SubscriptionContentKind Kind,
    string? AccountId,
    PackRule? Rule,
    string? Dashboard,
    IReadOnlyDictionary<string, string> Filters,
    string? Period);
