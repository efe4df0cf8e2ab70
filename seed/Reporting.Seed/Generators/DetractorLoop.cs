using Bogus;
using Reporting.Seed.Comments;
using Reporting.Seed.Model;
using Reporting.Seed.Randomness;
using Reporting.Seed.Stories;

namespace Reporting.Seed.Generators;

/// <summary>
/// The closed loop for detractors: most detractor answers open a case; the CSM's first contact falls
/// in a bucket drawn from the story; and the detractor's next answer, a follow-up survey 35–85 days
/// later (answered nine times in ten, less often by disengaging customers), is 7 or more with the
/// chance the playbooks cite for that bucket: 65 % within an hour, 40 % within a day, under 10 %
/// after three days.
/// </summary>
internal sealed class DetractorLoop(SeedWindow window)
{
    private const double CaseChance = 0.85;

    /// <summary>Cases go into the account (for written answers only); returns the follow-up answers, in order.</summary>
    public IReadOnlyList<NpsAnswer> Close(SeedAccount account, NpsAnswer answer, Randomizer random, NpsIds ids)
    {
        var followUps = new List<NpsAnswer>();
        var current = answer;
        while (current.Group == NpsGroup.Detractor && random.Chance(CaseChance))
        {
            var story = account.Profile.Story;
            var bucket = random.PickWeighted(SentimentEffects.FirstContact(story, window.MonthOf(current.Row.RespondedAt)));
            var recovered = random.Chance(RecoveryChance(bucket));
            if (NpsIds.IsWritten(current.Row))
            {
                account.Cases.Add(Case(account.Profile, current, bucket, recovered, random, ids.Case()));
            }
            var followUpAt = SeedClock.WholeSeconds(current.Row.RespondedAt.AddDays(random.Uniform(35, 85)));
            if (followUpAt >= window.End || !random.Chance(SentimentEffects.FollowUpResponseRate(story, window.MonthOf(followUpAt))))
            {
                break;
            }
            current = FollowUp(account.Profile, current, followUpAt, recovered, random, ids.Response(followUpAt));
            followUps.Add(current);
        }
        return followUps;
    }

    public static double RecoveryChance(FirstContactBucket bucket) => bucket switch
    {
        FirstContactBucket.WithinHour => 0.65,
        FirstContactBucket.WithinDay => 0.40,
        FirstContactBucket.WithinThreeDays => 0.20,
        FirstContactBucket.Later => 0.05,
        _ => throw new ArgumentOutOfRangeException(nameof(bucket), bucket, "Unknown bucket."),
    };

    private DetractorCaseRow Case(AccountProfile account, NpsAnswer answer, FirstContactBucket bucket, bool recovered, Randomizer random, string caseId)
    {
        var opened = answer.Row.RespondedAt.AddMinutes(random.Uniform(1, 10));
        var firstContact = opened + FirstContactDelay(bucket, random);
        var rootCause = firstContact.AddHours(0.5 + random.Exponential(20));
        var actionPlan = rootCause.AddHours(0.5 + random.Exponential(24));
        var closed = actionPlan.AddDays(random.Uniform(2, 20));
        return new DetractorCaseRow(
            caseId, answer.Row.ResponseId, account.Csm, SeedClock.WholeSeconds(opened),
            Happened(firstContact), Happened(rootCause), Happened(actionPlan), Happened(closed),
            Category(account.Story.Archetype, answer.Theme, random), closed < window.End ? Outcome(recovered, random) : null);
    }

    /// <summary>The steps come in time order, so a step after the window's end has not happened yet, nor has any after it.</summary>
    private DateTime? Happened(DateTime at) => at < window.End ? SeedClock.WholeSeconds(at) : null;

    /// <summary>Delays kept clear of the bucket edges, so the KPI's buckets match whether it counts from the answer or the case.</summary>
    private static TimeSpan FirstContactDelay(FirstContactBucket bucket, Randomizer random) => bucket switch
    {
        FirstContactBucket.WithinHour => TimeSpan.FromMinutes(random.Uniform(5, 45)),
        FirstContactBucket.WithinDay => TimeSpan.FromHours(random.Uniform(1.25, 23)),
        FirstContactBucket.WithinThreeDays => TimeSpan.FromHours(random.Uniform(25, 70)),
        FirstContactBucket.Later => TimeSpan.FromHours(random.Uniform(74, 240)),
        _ => throw new ArgumentOutOfRangeException(nameof(bucket), bucket, "Unknown bucket."),
    };

    private static string Category(AccountArchetype archetype, CommentTheme? theme, Randomizer random)
    {
        if (theme is { } written)
        {
            return CommentThemes.Driver(written);
        }
        return archetype switch
        {
            AccountArchetype.DeathByHandoffs => CommentThemes.Collaboration,
            AccountArchetype.Recovering => CommentThemes.TechnicalPerformance,
            AccountArchetype.SilentDisengage or AccountArchetype.PassiveDrift => CommentThemes.BusinessOutcomes,
            _ => random.Pick([CommentThemes.Collaboration, CommentThemes.TechnicalPerformance, CommentThemes.BusinessOutcomes]),
        };
    }

    private static string Outcome(bool recovered, Randomizer random) => recovered
        ? random.PickWeighted([("resolved", 0.8), ("partially resolved", 0.2)])
        : random.PickWeighted([("partially resolved", 0.4), ("unresolved", 0.4), ("customer unresponsive", 0.2)]);

    private NpsAnswer FollowUp(AccountProfile account, NpsAnswer detractor, DateTime respondedAt, bool recovered, Randomizer random, string responseId)
    {
        var score = recovered ? NpsAnswers.RecoveredScore(random) : NpsAnswers.Score(NpsGroup.Detractor, random);
        CommentTheme? theme = recovered
            ? (random.Chance(0.5) ? CommentTheme.Praise : null)
            : (random.Chance(0.6) ? detractor.Theme ?? NpsAnswers.Theme(account.Story, window.MonthOf(respondedAt), score, random) : null);
        // The playbook's follow-up survey: triggered by the case, so transactional, and none of the schema's triggers.
        var row = detractor.Row with
        {
            ResponseId = responseId,
            // The CSM's personal follow-up, not a send of the survey program.
            SendId = null,
            TicketId = null,
            SurveyKind = "transactional",
            Trigger = null,
            Score = score,
            Comment = theme is { } t ? CommentWriter.Write(t, account.Region, random) : null,
            SentAt = SeedClock.WholeSeconds(respondedAt.AddDays(-random.Uniform(0.5, 3))),
            RespondedAt = respondedAt,
        };
        return new NpsAnswer(row, theme);
    }
}
