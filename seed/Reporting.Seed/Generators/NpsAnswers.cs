using Bogus;
using Reporting.Seed.Comments;
using Reporting.Seed.Model;
using Reporting.Seed.Randomness;
using Reporting.Seed.Stories;

namespace Reporting.Seed.Generators;

/// <summary>An NPS response and the theme its comment was written from (null without a comment).</summary>
internal sealed record NpsAnswer(SurveyResponseRow Row, CommentTheme? Theme)
{
    public NpsGroup Group => NpsGroups.Of(Row.Score);
}

/// <summary>Scores and comments of NPS answers, drawn from the account's story for the month.</summary>
internal static class NpsAnswers
{
    // Most detractors answer 5 or 6; a few are furious.
    private static readonly (int, double)[] DetractorScores = [(0, 1), (1, 1), (2, 2), (3, 3), (4, 5), (5, 8), (6, 10)];

    private static readonly (int, double)[] RecoveredScores = [(7, 0.30), (8, 0.35), (9, 0.20), (10, 0.15)];

    public static int Score(NpsMix mix, Randomizer random)
    {
        var group = random.PickWeighted([(NpsGroup.Promoter, mix.Promoter), (NpsGroup.Passive, mix.Passive), (NpsGroup.Detractor, mix.Detractor)]);
        return Score(group, random);
    }

    public static int Score(NpsGroup group, Randomizer random) => group switch
    {
        NpsGroup.Promoter => random.Chance(0.55) ? 10 : 9,
        NpsGroup.Passive => random.Chance(0.55) ? 8 : 7,
        NpsGroup.Detractor => random.PickWeighted(DetractorScores),
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "Unknown NPS group."),
    };

    /// <summary>A recovered detractor mostly lands at 7 or 8: back on side, not yet an advocate.</summary>
    public static int RecoveredScore(Randomizer random) => random.PickWeighted(RecoveredScores);

    /// <summary>The theme a respondent writes about, or null when they leave no comment.</summary>
    public static CommentTheme? Theme(AccountStory story, int month, int score, Randomizer random)
    {
        var group = NpsGroups.Of(score);
        var chance = group switch
        {
            NpsGroup.Promoter => 0.35,
            NpsGroup.Passive => 0.40,
            _ => 0.75,
        };
        if (!random.Chance(chance * SentimentEffects.CommentFactor(story, month)))
        {
            return null;
        }
        return random.PickWeighted(CommentThemes.Mix(group, SentimentEffects.Themes(story, month)));
    }
}
