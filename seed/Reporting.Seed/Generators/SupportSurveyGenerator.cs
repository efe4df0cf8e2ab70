using Bogus;
using Reporting.Seed.Comments;
using Reporting.Seed.Model;
using Reporting.Seed.Randomness;

namespace Reporting.Seed.Generators;

/// <summary>
/// Generates the transactional post-support surveys: CSAT and CES tied to a solved ticket. Scores
/// follow the ticket's own experience (handoffs, reopens, a missed first-response target), so the
/// support stories show up in CSAT and CES without a second set of knobs.
/// </summary>
internal sealed class SupportSurveyGenerator(SeedWindow window)
{
    private const double CsatChance = 0.35;
    private const double CesChance = 0.2;

    private static readonly (int, double)[] BadCsatScores = [(1, 0.25), (2, 0.35), (3, 0.40)];

    public void Generate(SeedAccount account, Randomizer random, IdSequence ids, List<SurveyResponseRow> responses)
    {
        foreach (var ticket in account.Tickets)
        {
            if (ticket.SolvedAt is not { } solved)
            {
                continue;
            }
            if (random.Chance(CsatChance))
            {
                AddIfAnswered(responses, Csat(account.Profile, ticket, solved, random, ids));
            }
            if (random.Chance(CesChance))
            {
                AddIfAnswered(responses, Ces(account.Profile, ticket, solved, random, ids));
            }
        }
    }

    private void AddIfAnswered(List<SurveyResponseRow> responses, SurveyResponseRow response)
    {
        if (response.RespondedAt < window.End)
        {
            responses.Add(response);
        }
    }

    private static SurveyResponseRow Csat(AccountProfile account, TicketRow ticket, DateTime solved, Randomizer random, IdSequence ids)
    {
        var goodChance = 0.9 - (0.08 * ticket.Handoffs) - (ticket.Reopens > 0 ? 0.2 : 0) - (ticket.BreachedFirstResponse ? 0.15 : 0);
        var good = random.Chance(Math.Clamp(goodChance, 0.05, 0.97));
        var score = good ? (random.Chance(0.6) ? 5 : 4) : random.PickWeighted(BadCsatScores);
        var comment = random.Chance(good ? 0.25 : 0.6) ? CommentWriter.Write(Theme(ticket, good), account.Region, random) : null;
        return Response(account, ticket, "csat", score, comment, solved, random, ids);
    }

    /// <summary>Effort on 1..7 (7 = most effort): every handoff, reopen and missed target adds effort.</summary>
    private static SurveyResponseRow Ces(AccountProfile account, TicketRow ticket, DateTime solved, Randomizer random, IdSequence ids)
    {
        var effort = 2.0 + (0.7 * ticket.Handoffs) + (ticket.Reopens > 0 ? 1.2 : 0) + (ticket.BreachedFirstResponse ? 0.8 : 0);
        var score = (int)Math.Clamp(Math.Round(random.Normal(effort, 0.9)), 1, 7);
        var comment = score >= 5 && random.Chance(0.4) ? CommentWriter.Write(Theme(ticket, good: false), account.Region, random) : null;
        return Response(account, ticket, "ces", score, comment, solved, random, ids);
    }

    private static SurveyResponseRow Response(
        AccountProfile account, TicketRow ticket, string type, int score, string? comment, DateTime solved, Randomizer random, IdSequence ids)
    {
        var sent = solved.AddMinutes(random.Uniform(5, 180));
        var responded = sent.AddHours(Math.Min(random.Exponential(8), 7 * 24) + 0.05);
        return new SurveyResponseRow(
            ids.Next(), account.Id, ticket.ContactId, type, "transactional", "post_support", ticket.TicketId,
            score, comment, SeedClock.WholeSeconds(sent), SeedClock.WholeSeconds(responded));
    }

    /// <summary>What a customer complains about after this ticket: the worst thing that happened to it.</summary>
    private static CommentTheme Theme(TicketRow ticket, bool good) => ticket switch
    {
        _ when good => CommentTheme.Praise,
        { Handoffs: >= 2 } => CommentTheme.Handoffs,
        { Reopens: > 0 } => CommentTheme.NotResolved,
        { BreachedFirstResponse: true } => ticket.Handoffs == 1 ? CommentTheme.Chasing : CommentTheme.Waiting,
        { Category: "outage" } => CommentTheme.Outage,
        { Category: "bug" or "performance" } => CommentTheme.Bug,
        { Category: "billing" } => CommentTheme.Billing,
        { Category: "onboarding" } => CommentTheme.Onboarding,
        _ => CommentTheme.Waiting,
    };
}
