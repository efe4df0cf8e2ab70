using Bogus;
using Reporting.Core.Surveys;
using Reporting.Seed.Randomness;

namespace Reporting.Seed.Generators;

/// <summary>
/// The playbook's follow-up of non-responders after 7 days: mostly done within the next three days,
/// sometimes weeks late, sometimes never. Nothing is recorded for a contact who answered within the
/// 7 days, nor a follow-up after the answer came, nor one after the window's end (not yet happened).
/// </summary>
internal static class NonResponderFollowUps
{
    private const double OnTimeChance = 0.8;
    private const double LateChance = 0.1;

    private static readonly int AfterDays = new SurveyProgramRules().FollowupAfterDays;

    public static DateTime? At(DateTime sentAt, DateTime? answeredAt, SeedWindow window, Randomizer random)
    {
        var due = sentAt.AddDays(AfterDays);
        if (answeredAt is { } early && early <= due)
        {
            return null;
        }
        var roll = random.Double();
        DateTime? at = roll < OnTimeChance ? due.AddHours(random.Uniform(2, 72))
            : roll < OnTimeChance + LateChance ? sentAt.AddDays(random.Uniform(15, 30))
            : null;
        if (at is not { } followUp || followUp >= window.End || (answeredAt is { } answered && followUp >= answered))
        {
            return null;
        }
        return SeedClock.WholeSeconds(followUp);
    }
}
