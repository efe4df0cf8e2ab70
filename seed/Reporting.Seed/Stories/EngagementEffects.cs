namespace Reporting.Seed.Stories;

/// <summary>How an account engages in one month.</summary>
/// <param name="Active">Multiplier on each user's chance of being active in the month.</param>
/// <param name="Logins">Multiplier on an active user's logins.</param>
/// <param name="FeatureShare">Share of the account's adopted key features still in use.</param>
/// <param name="Held">Chance that a scheduled QBR/EBR/check-in takes place.</param>
/// <param name="Attended">Chance that a key stakeholder attends a QBR/EBR that takes place.</param>
internal readonly record struct EngagementConditions(double Active, double Logins, double FeatureShare, double Held, double Attended);

/// <summary>The engagement side of each story (logins, feature use, meetings).</summary>
internal static class EngagementEffects
{
    private static readonly EngagementConditions Baseline = new(1.0, 1.0, 1.0, 0.93, 0.85);

    public static EngagementConditions For(AccountStory story, int month) => story.Archetype switch
    {
        AccountArchetype.Healthy or AccountArchetype.PassiveDrift => Baseline,
        // Frustrated executives start skipping the business reviews, but the product is still used.
        AccountArchetype.DeathByHandoffs => Baseline with { Attended = 0.85 - (0.2 * story.LaggedDecline(month)) },
        AccountArchetype.SilentDisengage => FadingAway(story.Decline(month)),
        AccountArchetype.Recovering => Baseline with
        {
            Logins = 1.0 - (0.25 * story.Dip(month)),
            Attended = 0.85 - (0.3 * story.Dip(month)),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(story), story.Archetype, "Unknown archetype."),
    };

    // "Key stakeholders stopped attending QBRs. Feature usage declining."
    private static EngagementConditions FadingAway(double decline) => new(
        Active: 1.0 - (0.5 * decline),
        Logins: 1.0 - (0.45 * decline),
        FeatureShare: 1.0 - (0.6 * decline),
        Held: 0.93 - (0.55 * decline),
        Attended: 0.85 - (0.65 * decline));
}
