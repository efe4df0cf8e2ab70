namespace Reporting.Seed.Generators;

/// <summary>The help desk's vocabulary: priorities, channels, categories and the groups that own them.</summary>
internal static class TicketCatalog
{
    public const string Tier1 = "Tier 1";
    public const string Tier2 = "Tier 2";
    public const string Platform = "Platform Engineering";
    public const string Billing = "Billing";
    public const string Onboarding = "Onboarding";

    public static IReadOnlyList<(string Group, int Agents)> Groups { get; } =
        [(Tier1, 8), (Tier2, 6), (Platform, 4), (Billing, 3), (Onboarding, 3)];

    /// <summary>Priorities, leaning to P1/P2 when incidents (0..1) pile up.</summary>
    public static (string, double)[] Priorities(double incidents) =>
        [("P1", 0.04 + (0.08 * incidents)), ("P2", 0.18 + (0.12 * incidents)), ("P3", 0.50), ("P4", 0.28)];

    /// <summary>Categories, leaning to outages, bugs and performance when incidents (0..1) pile up.</summary>
    public static (string, double)[] Categories(double incidents) =>
    [
        ("how-to", 0.25), ("bug", 0.20 + (0.15 * incidents)), ("access", 0.12), ("billing", 0.08),
        ("integration", 0.12), ("performance", 0.08 + (0.15 * incidents)), ("outage", 0.05 + (0.25 * incidents)),
        ("onboarding", 0.05),
    ];

    /// <summary>Urgent tickets are phoned in more often.</summary>
    public static (string, double)[] Channels(string priority) =>
        [("email", 0.45), ("web", 0.30), ("chat", 0.15), ("phone", priority == "P1" ? 0.50 : 0.10)];

    /// <summary>The group a category starts in and the group it escalates to when it changes hands.</summary>
    public static (string First, string Escalation) Route(string category) => category switch
    {
        "how-to" or "access" => (Tier1, Tier2),
        "bug" or "integration" or "performance" => (Tier2, Platform),
        "outage" => (Platform, Tier2),
        "billing" => (Billing, Tier1),
        "onboarding" => (Onboarding, Tier1),
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown category."),
    };

    public static (string, double)[] UnsolvedStatuses { get; } = [("open", 0.6), ("pending", 0.3), ("on-hold", 0.1)];
}
