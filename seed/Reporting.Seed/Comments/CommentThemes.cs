using Reporting.Seed.Model;

namespace Reporting.Seed.Comments;

/// <summary>Which driver a theme rolls up into, and how often each theme appears by NPS group.</summary>
internal static class CommentThemes
{
    public const string Collaboration = "collaboration";
    public const string TechnicalPerformance = "technical performance";
    public const string BusinessOutcomes = "business outcomes";

    /// <summary>The detractor-case category a theme belongs to (half-yearly NPS detractor handling).</summary>
    public static string Driver(CommentTheme theme) => theme switch
    {
        CommentTheme.Chasing or CommentTheme.Waiting or CommentTheme.Handoffs or CommentTheme.NotResolved
            or CommentTheme.Onboarding => Collaboration,
        CommentTheme.Outage or CommentTheme.Bug => TechnicalPerformance,
        CommentTheme.Billing or CommentTheme.Price or CommentTheme.RenewalThreat or CommentTheme.Praise => BusinessOutcomes,
        _ => throw new ArgumentOutOfRangeException(nameof(theme), theme, "Unknown theme."),
    };

    /// <summary>Themes of an ordinary account's comments; the stories add their own on top.</summary>
    public static IReadOnlyList<(CommentTheme Theme, double Weight)> Baseline(NpsGroup group) => group switch
    {
        NpsGroup.Promoter => PromoterThemes,
        NpsGroup.Passive => PassiveThemes,
        NpsGroup.Detractor => DetractorThemes,
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "Unknown NPS group."),
    };

    /// <summary>The baseline for <paramref name="group"/> plus a story's extra weights (promoters keep praising).</summary>
    public static IReadOnlyList<(CommentTheme Theme, double Weight)> Mix(
        NpsGroup group, IReadOnlyList<(CommentTheme Theme, double Weight)> storyThemes) =>
        group == NpsGroup.Promoter || storyThemes.Count == 0 ? Baseline(group) : [.. Baseline(group), .. storyThemes];

    private static readonly (CommentTheme, double)[] PromoterThemes = [(CommentTheme.Praise, 1.0)];

    private static readonly (CommentTheme, double)[] PassiveThemes =
    [
        (CommentTheme.Price, 2.0), (CommentTheme.Onboarding, 1.5), (CommentTheme.Waiting, 1.0),
        (CommentTheme.Bug, 1.0), (CommentTheme.Billing, 0.5), (CommentTheme.Praise, 1.5),
    ];

    private static readonly (CommentTheme, double)[] DetractorThemes =
    [
        (CommentTheme.Bug, 2.0), (CommentTheme.Outage, 1.0), (CommentTheme.Waiting, 1.5),
        (CommentTheme.Billing, 1.5), (CommentTheme.Price, 1.5), (CommentTheme.NotResolved, 1.0),
        (CommentTheme.Chasing, 0.5), (CommentTheme.Handoffs, 0.5), (CommentTheme.RenewalThreat, 0.5),
        (CommentTheme.Onboarding, 1.0),
    ];
}
