namespace Reporting.Seed.Model;

/// <summary>Everything that scales with account size, in one table instead of switches all over.</summary>
internal sealed record SegmentTraits(
    string Label,
    double MedianArr,
    double MedianSeats,
    int MinSeats,
    int MaxSeats,
    double LifetimeYears,
    int MinContacts,
    int MaxContacts,
    double TicketsPerMonth,
    double RequestsPerMonth,
    int CheckInEveryMonths,
    decimal EbrFromArr,
    (Tier Tier, double Weight)[] Tiers)
{
    /// <summary>The segment mix of the issue: about 55 / 30 / 15 %.</summary>
    public static IReadOnlyList<(Segment Segment, double Weight)> Mix { get; } =
        [(Segment.Smb, 0.55), (Segment.MidMarket, 0.30), (Segment.Enterprise, 0.15)];

    private static readonly SegmentTraits Smb = new(
        "SMB", 18_000, 15, 3, 60, 3.0, 3, 5, 1.8, 0.12, 3, decimal.MaxValue,
        [(Tier.Standard, 0.70), (Tier.Premium, 0.25), (Tier.Platinum, 0.05)]);

    private static readonly SegmentTraits MidMarket = new(
        "Mid-Market", 90_000, 80, 25, 300, 4.5, 5, 8, 4.5, 0.25, 2, 150_000m,
        [(Tier.Standard, 0.35), (Tier.Premium, 0.45), (Tier.Platinum, 0.20)]);

    private static readonly SegmentTraits Enterprise = new(
        "Enterprise", 420_000, 350, 120, 1500, 6.0, 8, 12, 9.0, 0.5, 1, 0m,
        [(Tier.Standard, 0.10), (Tier.Premium, 0.40), (Tier.Platinum, 0.50)]);

    public static SegmentTraits For(Segment segment) => segment switch
    {
        Segment.Smb => Smb,
        Segment.MidMarket => MidMarket,
        Segment.Enterprise => Enterprise,
        _ => throw new ArgumentOutOfRangeException(nameof(segment), segment, "Unknown segment."),
    };
}
