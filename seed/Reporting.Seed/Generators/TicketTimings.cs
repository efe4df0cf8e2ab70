using Bogus;
using Reporting.Seed.Model;
using Reporting.Seed.Randomness;

namespace Reporting.Seed.Generators;

/// <summary>
/// First-response and resolution times by priority and tier. Medians sit inside the default SLA
/// targets (P1 60 min, P2 4 h, P3 8 h, P4 24 h) for Standard; Premium and Platinum are faster, so
/// breaches cluster where the tier promises less.
/// </summary>
internal static class TicketTimings
{
    public static double TargetMinutes(string priority) => priority switch
    {
        "P1" => 60,
        "P2" => 240,
        "P3" => 480,
        "P4" => 1440,
        _ => throw new ArgumentOutOfRangeException(nameof(priority), priority, "Unknown priority."),
    };

    public static double FirstResponseMinutes(Randomizer random, string priority, Tier tier, double factor)
    {
        var median = priority switch
        {
            "P1" => 25.0,
            "P2" => 110.0,
            "P3" => 300.0,
            _ => 720.0,
        };
        var sigma = priority == "P1" ? 0.6 : 0.7;
        return Math.Max(1, random.LogNormal(median * TierSpeed(tier) * factor, sigma));
    }

    /// <summary>Each handoff and each reopen adds to the time a customer waits for a resolution.</summary>
    public static double ResolutionHours(Randomizer random, string priority, Tier tier, double factor, int handoffs, int reopens)
    {
        var median = priority switch
        {
            "P1" => 5.0,
            "P2" => 18.0,
            "P3" => 40.0,
            _ => 90.0,
        };
        var extra = (1 + (0.3 * handoffs)) * (1 + (0.6 * reopens));
        return random.LogNormal(median * Math.Sqrt(TierSpeed(tier)) * factor * extra, 0.8);
    }

    private static double TierSpeed(Tier tier) => tier switch
    {
        Tier.Standard => 1.0,
        Tier.Premium => 0.65,
        Tier.Platinum => 0.4,
        _ => throw new ArgumentOutOfRangeException(nameof(tier), tier, "Unknown tier."),
    };
}
