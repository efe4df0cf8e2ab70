using Bogus;
using Reporting.Seed.Comments;
using Reporting.Seed.Model;
using Reporting.Seed.Randomness;
using Reporting.Seed.Stories;

namespace Reporting.Seed.Generators;

/// <summary>
/// Generates an account's NPS answers in time order, contact by contact. A contact answers at most one
/// survey at a time, and a detractor is not surveyed by a wave for a quarter, so "the detractor's next
/// answer within 30–90 days" is always the follow-up the loop decided.
/// </summary>
/// <remarks>
/// Unrecovered detractors stay detractors for a while, so the closed loop changes the NPS mix until it
/// settles. The timeline starts six months before the window and only the answers inside it are
/// written: the window opens in that steady state, and a healthy account's NPS is flat from month one.
/// </remarks>
internal sealed class NpsGenerator(SeedWindow window)
{
    private const int WarmUpMonths = 6;

    private readonly NpsInvitations invitations = new(window);
    private readonly DetractorLoop loop = new(window);

    /// <param name="random">The schedule's draws (send days and hours).</param>
    /// <param name="program">The survey team's own draws (cap slips, follow-ups of non-responders).</param>
    /// <param name="answers">
    /// Each send's own stream for its answer and closed loop, keyed by contact, day and trigger: a send
    /// added or dropped elsewhere leaves every other answer as it was.
    /// </param>
    public void Generate(
        SeedAccount account, Randomizer random, Randomizer program, Func<NpsInvitation, Randomizer> answers, IdSequence responseIds, List<SurveyResponseRow> responses)
    {
        var ids = new NpsIds(window, account.Profile.Number, responseIds);
        var cap = new ContactCap(program);
        // Keyed lookups only, never enumerated: no hash order leaks into the rows.
        var busyUntil = new Dictionary<string, DateTime>(StringComparer.Ordinal);
        foreach (var due in invitations.For(account, -WarmUpMonths, random))
        {
            var contactId = due.Contact.ContactId;
            if ((busyUntil.TryGetValue(contactId, out var busy) && busy > due.SentAt) || cap.Admit(due) is not { } sentAt)
            {
                continue;
            }
            var invitation = due with { SentAt = sentAt };
            var sendId = ids.Send(sentAt);
            var answerRandom = answers(invitation);
            var answer = Answer(account.Profile, invitation, answerRandom, ids, sendId);
            if (NpsIds.IsWritten(sendId))
            {
                account.Sends.Add(new SurveySendRow(sendId, account.Profile.Id, contactId, "nps", invitation.Kind, invitation.Trigger, sentAt,
                    NonResponderFollowUps.At(sentAt, answer?.Row.RespondedAt, window, program)));
            }
            if (answer is null)
            {
                continue;
            }
            foreach (var row in loop.Close(account, answer, answerRandom, ids).Prepend(answer).Select(a => a.Row))
            {
                busyUntil[contactId] = QuietUntil(row);
                if (NpsIds.IsWritten(row))
                {
                    responses.Add(row);
                }
            }
        }
    }

    private NpsAnswer? Answer(AccountProfile account, NpsInvitation invitation, Randomizer random, NpsIds ids, string sendId)
    {
        var story = account.Story;
        if (!random.Chance(SentimentEffects.ResponseRate(story, window.MonthOf(invitation.SentAt)) * RoleFactor(invitation.Contact.Role)))
        {
            return null;
        }
        var respondedAt = SeedClock.WholeSeconds(invitation.SentAt.AddDays(Math.Min(random.Exponential(2.5), 14)).AddMinutes(5));
        if (respondedAt >= window.End)
        {
            return null;
        }
        var month = window.MonthOf(respondedAt);
        var score = NpsAnswers.Score(SentimentEffects.Mix(story, month).Shifted(account.Warmth), random);
        var theme = NpsAnswers.Theme(story, month, score, random);
        var row = new SurveyResponseRow(
            ids.Response(respondedAt), account.Id, invitation.Contact.ContactId, "nps", invitation.Kind, invitation.Trigger, invitation.TicketId,
            score, theme is { } t ? CommentWriter.Write(t, account.Region, random) : null, invitation.SentAt, respondedAt,
            NpsIds.IsWritten(sendId) ? sendId : null);
        return new NpsAnswer(row, theme);
    }

    /// <summary>
    /// A detractor is kept out of the regular waves for a quarter: the closed loop's follow-up, or no
    /// answer at all, is their next answer, so a wave cannot stand in for the follow-up in the recovery KPI.
    /// </summary>
    private static DateTime QuietUntil(SurveyResponseRow row) =>
        NpsGroups.Of(row.Score) == NpsGroup.Detractor ? row.RespondedAt.AddDays(91) : row.RespondedAt;

    /// <summary>Champions answer most readily, executives and end users less.</summary>
    private static double RoleFactor(ContactRole role) => role switch
    {
        ContactRole.Champion => 1.2,
        ContactRole.Admin => 1.0,
        _ => 0.8,
    };
}
