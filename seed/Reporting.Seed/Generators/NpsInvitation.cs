using Bogus;
using Reporting.Seed.Model;
using Reporting.Seed.Randomness;

namespace Reporting.Seed.Generators;

/// <summary>An NPS survey sent to one contact.</summary>
internal sealed record NpsInvitation(ContactRow Contact, DateTime SentAt, string Kind, string? Trigger);

/// <summary>
/// The NPS cadence of the churn-prevention playbook: a quarterly relational wave to several contacts
/// (after 90 days of tenure), a pre-renewal survey 60 days before each renewal, and a post-onboarding
/// survey on day 30 for new customers.
/// </summary>
internal sealed class NpsInvitations(SeedWindow window)
{
    /// <summary>Invitations from month <paramref name="fromMonth"/> (negative: before the window) to the window's end, in time order.</summary>
    public IReadOnlyList<NpsInvitation> For(SeedAccount account, int fromMonth, Randomizer random)
    {
        var from = window.MonthStart(fromMonth);
        var invitations = new List<NpsInvitation>();
        invitations.AddRange(QuarterlyWaves(account, fromMonth, random));
        invitations.AddRange(PreRenewal(account, DateOnly.FromDateTime(from), random));
        invitations.AddRange(PostOnboarding(account, random));
        return [.. invitations.Where(i => i.SentAt >= from && i.SentAt < window.End)
            .OrderBy(i => i.SentAt).ThenBy(i => i.Contact.ContactId, StringComparer.Ordinal)];
    }

    private IEnumerable<NpsInvitation> QuarterlyWaves(SeedAccount account, int fromMonth, Randomizer random)
    {
        var eligibleFrom = account.Profile.OnboardedOn.AddDays(90);
        foreach (var quarter in window.QuarterStarts(fromMonth).Where(q => q >= eligibleFrom))
        {
            var sentAt = SendTime(quarter.AddDays(random.Int(2, 9)), random);
            foreach (var contact in account.Contacts.Where(c => random.Chance(InviteChance(c.Role))))
            {
                yield return new NpsInvitation(contact, sentAt, "relational", "quarterly");
            }
        }
    }

    private static IEnumerable<NpsInvitation> PreRenewal(SeedAccount account, DateOnly from, Randomizer random)
    {
        var profile = account.Profile;
        var sponsors = account.Contacts.Where(c => c.Role is ContactRole.Executive or ContactRole.Champion).ToList();
        for (var renewal = profile.RenewalOn; renewal.AddDays(-60) >= from; renewal = renewal.AddYears(-1))
        {
            if (renewal.AddDays(-60) > profile.OnboardedOn.AddDays(90))
            {
                var sentAt = SendTime(renewal.AddDays(-60), random);
                foreach (var contact in sponsors)
                {
                    yield return new NpsInvitation(contact, sentAt, "transactional", "pre_renewal");
                }
            }
        }
    }

    private IEnumerable<NpsInvitation> PostOnboarding(SeedAccount account, Randomizer random)
    {
        if (account.Profile.OnboardedOn < window.StartDate)
        {
            yield break;
        }
        var sentAt = SendTime(account.Profile.OnboardedOn.AddDays(30), random);
        foreach (var contact in account.Contacts.Where(c => c.Role is ContactRole.Champion or ContactRole.Admin))
        {
            yield return new NpsInvitation(contact, sentAt, "transactional", "post_onboarding");
        }
    }

    private static double InviteChance(ContactRole role) => role switch
    {
        ContactRole.Executive => 0.85,
        ContactRole.Champion => 0.95,
        ContactRole.Admin => 0.8,
        ContactRole.User => 0.6,
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role."),
    };

    private static DateTime SendTime(DateOnly date, Randomizer random) =>
        SeedClock.At(SeedClock.NextWeekday(date), random.Uniform(13, 16));
}
