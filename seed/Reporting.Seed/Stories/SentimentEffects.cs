using Reporting.Seed.Comments;
using Reporting.Seed.Model;

namespace Reporting.Seed.Stories;

/// <summary>Chances of promoter and detractor answers; passives are the rest.</summary>
internal readonly record struct NpsMix(double Promoter, double Detractor)
{
    public double Passive => 1.0 - Promoter - Detractor;

    /// <summary>Shifts an account's level (some customers are simply warmer) and keeps every group possible.</summary>
    public NpsMix Shifted(double warmth)
    {
        var promoter = Math.Clamp(Promoter + warmth, 0.03, 0.92);
        var detractor = Math.Clamp(Detractor - (warmth / 2), 0.02, 0.95 - promoter);
        return new NpsMix(promoter, detractor);
    }
}

/// <summary>The survey side of each story: NPS mix, response rate, what comments talk about, follow-up speed.</summary>
internal static class SentimentEffects
{
    private static readonly NpsMix Healthy = new(0.62, 0.09);

    public static NpsMix Mix(AccountStory story, int month) => story.Archetype switch
    {
        AccountArchetype.Healthy => Healthy,
        AccountArchetype.DeathByHandoffs => Toward(Healthy, new NpsMix(0.18, 0.55), story.LaggedDecline(month)),
        AccountArchetype.SilentDisengage => Toward(new NpsMix(0.52, 0.12), new NpsMix(0.42, 0.16), story.Decline(month)),
        // Promoters and detractors both shrink: the passive share grows while the NPS people see stays
        // put. Promoters shrink a little more than detractors, because fewer detractors also means
        // fewer unrecovered follow-ups dragging the observed score down.
        AccountArchetype.PassiveDrift => Toward(new NpsMix(0.45, 0.10), new NpsMix(0.25, 0.03), story.Drift(month)),
        AccountArchetype.Recovering => Toward(
            Toward(new NpsMix(0.50, 0.14), new NpsMix(0.15, 0.56), story.Dip(month)),
            new NpsMix(0.65, 0.06),
            story.Recovery(month)),
        _ => throw Unknown(story),
    };

    private const double UsualResponseRate = 0.65;

    /// <summary>Chance that an invited contact answers; disengaged customers stop answering surveys.</summary>
    public static double ResponseRate(AccountStory story, int month) =>
        story.Archetype == AccountArchetype.SilentDisengage ? UsualResponseRate - (0.35 * story.Decline(month)) : UsualResponseRate;

    /// <summary>A personal follow-up is answered far more often than a wave, but disengaging customers skip it too.</summary>
    public static double FollowUpResponseRate(AccountStory story, int month) => 0.9 * ResponseRate(story, month) / UsualResponseRate;

    /// <summary>Multiplier on the chance of a comment: the silent story has few complaints.</summary>
    public static double CommentFactor(AccountStory story, int month) =>
        story.Archetype == AccountArchetype.SilentDisengage ? 0.5 - (0.3 * story.Decline(month)) : 1.0;

    /// <summary>Extra theme weights for passive and detractor comments in this month.</summary>
    public static IReadOnlyList<(CommentTheme Theme, double Weight)> Themes(AccountStory story, int month) => story.Archetype switch
    {
        AccountArchetype.Healthy => [],
        AccountArchetype.DeathByHandoffs => Scaled(story.Decline(month), (CommentTheme.Handoffs, 8), (CommentTheme.Chasing, 5), (CommentTheme.NotResolved, 5)),
        AccountArchetype.SilentDisengage => Scaled(story.Decline(month), (CommentTheme.Price, 2), (CommentTheme.RenewalThreat, 3), (CommentTheme.Onboarding, 1)),
        AccountArchetype.PassiveDrift => Scaled(story.Drift(month), (CommentTheme.Price, 2), (CommentTheme.Onboarding, 1)),
        AccountArchetype.Recovering => Scaled(story.Dip(month), (CommentTheme.Outage, 8), (CommentTheme.Bug, 4), (CommentTheme.Waiting, 4)),
        _ => throw Unknown(story),
    };

    /// <summary>How soon the CSM reaches a detractor (weights of &lt; 1 h, 1–24 h, 24–72 h, &gt; 72 h).</summary>
    public static IReadOnlyList<(FirstContactBucket Bucket, double Weight)> FirstContact(AccountStory story, int month) => story.Archetype switch
    {
        AccountArchetype.Healthy or AccountArchetype.PassiveDrift => Buckets(0.30, 0.35, 0.20, 0.15),
        AccountArchetype.DeathByHandoffs or AccountArchetype.SilentDisengage => Buckets(0.20, 0.35, 0.25, 0.20),
        // The recovery playbook: slow during the spell, then protected first contact.
        AccountArchetype.Recovering => story.PastDipPeak(month) ? Buckets(0.72, 0.20, 0.06, 0.02) : Buckets(0.12, 0.33, 0.30, 0.25),
        _ => throw Unknown(story),
    };

    private static NpsMix Toward(NpsMix from, NpsMix to, double amount) => new(
        from.Promoter + ((to.Promoter - from.Promoter) * amount),
        from.Detractor + ((to.Detractor - from.Detractor) * amount));

    private static (CommentTheme, double)[] Scaled(double amount, params (CommentTheme Theme, double Weight)[] themes) =>
        amount <= 0 ? [] : [.. themes.Select(t => (t.Theme, t.Weight * amount))];

    private static (FirstContactBucket, double)[] Buckets(double hour, double day, double threeDays, double later) =>
    [
        (FirstContactBucket.WithinHour, hour), (FirstContactBucket.WithinDay, day),
        (FirstContactBucket.WithinThreeDays, threeDays), (FirstContactBucket.Later, later),
    ];

    private static ArgumentOutOfRangeException Unknown(AccountStory story) =>
        new(nameof(story), story.Archetype, "Unknown archetype.");
}
