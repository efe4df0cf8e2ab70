using Bogus;
using Reporting.Core.Surveys;
using Reporting.Seed.Model;
using Reporting.Seed.Randomness;

namespace Reporting.Seed.Generators;

/// <summary>An NPS survey due to one contact (the contact cap decides whether it is sent).</summary>
internal sealed record NpsInvitation(ContactRow Contact, DateTime SentAt, string Kind, string Trigger, string? TicketId = null)
{
    public bool IsRelational => Kind == "relational";
}

/// <summary>
/// The NPS cadence of the churn-prevention playbook, as the survey planner plans it: the rotating
/// relational cohort (each contact once a quarter, in its fixed month of the quarter, after 90 days of
/// tenure), a pre-renewal survey 60 days before each renewal,
/// a post-onboarding survey on day 30 for new customers, and a post-support survey after each critical
/// ticket solved.
/// </summary>
internal sealed class NpsInvitations(SeedWindow window)
{
    private static readonly SurveyProgramRules Program = new();

    /// <summary>Invitations from month <paramref name="fromMonth"/> (negative: before the window) to the window's end, in time order.</summary>
    public IReadOnlyList<NpsInvitation> For(SeedAccount account, int fromMonth, Randomizer random)
    {
        var from = window.MonthStart(fromMonth);
        var invitations = new List<NpsInvitation>();
        var preRenewal = PreRenewalDates(account.Profile, DateOnly.FromDateTime(from)).ToList();
        invitations.AddRange(RelationalCohorts(account, fromMonth, preRenewal, random));
        invitations.AddRange(PreRenewal(account, preRenewal, random));
        invitations.AddRange(PostOnboarding(account, random));
        invitations.AddRange(PostSupport(account, random));
        return [.. invitations.Where(i => i.SentAt >= from && i.SentAt < window.End)
            .OrderBy(i => i.SentAt).ThenBy(i => i.Contact.ContactId, StringComparer.Ordinal)];
    }

    /// <summary>A sponsor whose pre-renewal survey falls due within the cap after a relational one gets only the pre-renewal one, as the planner plans.</summary>
    private IEnumerable<NpsInvitation> RelationalCohorts(SeedAccount account, int fromMonth, IReadOnlyList<DateOnly> preRenewal, Randomizer random)
    {
        var eligibleFrom = account.Profile.OnboardedOn.AddDays(Program.MinTenureDays);
        for (var month = fromMonth; month < window.Months; month++)
        {
            var first = DateOnly.FromDateTime(window.MonthStart(month));
            if (first < eligibleFrom)
            {
                continue;
            }
            var sentAt = SendTime(first.AddDays(random.Int(1, 8)), random);
            var sentOn = DateOnly.FromDateTime(sentAt);
            var renewalSoon = preRenewal.Any(d => d > sentOn && d < sentOn.AddDays(Program.CapDays));
            foreach (var contact in account.Contacts.Where(c => RelationalCohort.InCohort(c.ContactId, first, Program.CycleMonths) && !(renewalSoon && IsSponsor(c))))
            {
                yield return new NpsInvitation(contact, sentAt, "relational", RelationalCohort.Trigger(Program.CycleMonths));
            }
        }
    }

    /// <summary>The days pre-renewal surveys fall due, latest first: 60 days before each yearly renewal, once the account is past its first 90 days.</summary>
    private static IEnumerable<DateOnly> PreRenewalDates(AccountProfile profile, DateOnly from)
    {
        for (var renewal = profile.RenewalOn; renewal.AddDays(-Program.PreRenewalDays) >= from; renewal = renewal.AddYears(-1))
        {
            if (renewal.AddDays(-Program.PreRenewalDays) > profile.OnboardedOn.AddDays(Program.MinTenureDays))
            {
                yield return renewal.AddDays(-Program.PreRenewalDays);
            }
        }
    }

    private static IEnumerable<NpsInvitation> PreRenewal(SeedAccount account, IReadOnlyList<DateOnly> dates, Randomizer random)
    {
        foreach (var date in dates)
        {
            var sentAt = SendTime(date, random);
            foreach (var contact in account.Contacts.Where(IsSponsor))
            {
                yield return new NpsInvitation(contact, sentAt, "transactional", "pre_renewal");
            }
        }
    }

    /// <summary>Executives and champions: the key stakeholders the pre-renewal survey asks.</summary>
    private static bool IsSponsor(ContactRow contact) => contact.Role is ContactRole.Executive or ContactRole.Champion;

    private IEnumerable<NpsInvitation> PostOnboarding(SeedAccount account, Randomizer random)
    {
        if (account.Profile.OnboardedOn < window.StartDate)
        {
            yield break;
        }
        var sentAt = SendTime(account.Profile.OnboardedOn.AddDays(Program.PostOnboardingDays), random);
        foreach (var contact in account.Contacts.Where(c => c.Role is ContactRole.Champion or ContactRole.Admin))
        {
            yield return new NpsInvitation(contact, sentAt, "transactional", "post_onboarding");
        }
    }

    /// <summary>After a critical (P1) ticket is solved, its requester is asked within a few hours.</summary>
    private static IEnumerable<NpsInvitation> PostSupport(SeedAccount account, Randomizer random)
    {
        var contacts = account.Contacts.ToDictionary(c => c.ContactId, StringComparer.Ordinal);
        foreach (var ticket in account.Tickets.Where(t => t.Priority == "P1" && t.SolvedAt is not null && t.ContactId is not null))
        {
            var sentAt = SeedClock.WholeSeconds(ticket.SolvedAt!.Value.AddMinutes(random.Uniform(30, 240)));
            yield return new NpsInvitation(contacts[ticket.ContactId!], sentAt, "transactional", "post_support", ticket.TicketId);
        }
    }

    private static DateTime SendTime(DateOnly date, Randomizer random) =>
        SeedClock.At(SeedClock.NextWeekday(date), random.Uniform(13, 16));
}
