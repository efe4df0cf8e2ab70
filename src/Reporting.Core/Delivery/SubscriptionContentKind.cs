namespace Reporting.Core.Delivery;

/// <summary>What a subscription sends: one account's EBR pack, the packs of every account a rule matches, or a dashboard digest.</summary>
public enum SubscriptionContentKind
{
    AccountPack,
    RulePacks,
    DashboardDigest,
}
