using System.Globalization;
using Reporting.Seed.Model;
using Reporting.Seed.Randomness;

namespace Reporting.Seed.Generators;

/// <summary>Generates an account's fact_survey_response rows (post-support CSAT/CES, then NPS with its closed loop).</summary>
internal sealed class SurveyGenerator(SeedWindow window, RandomStreams streams)
{
    private readonly SupportSurveyGenerator support = new(window);
    private readonly NpsGenerator nps = new(window);

    public IReadOnlyList<SurveyResponseRow> Generate(SeedAccount account)
    {
        var number = account.Profile.Number;
        var ids = new IdSequence(n => SeedIds.Response(number, n));
        var responses = new List<SurveyResponseRow>();
        support.Generate(account, streams.For("support-surveys", number), ids, responses);
        nps.Generate(account, streams.For("nps", number), streams.For("survey-program", number), i => streams.For("nps-answer", AnswerKey(i)), ids, responses);
        return responses;
    }

    /// <summary>An index for the send's answer stream: FNV-1a over contact, day and trigger (string.GetHashCode differs per process).</summary>
    private static int AnswerKey(NpsInvitation invitation)
    {
        var hash = 2166136261u;
        foreach (var c in string.Create(CultureInfo.InvariantCulture, $"{invitation.Contact.ContactId}|{invitation.SentAt:yyyyMMdd}|{invitation.Trigger}|{invitation.TicketId}"))
        {
            hash = (hash ^ c) * 16777619u;
        }
        return (int)hash;
    }
}
