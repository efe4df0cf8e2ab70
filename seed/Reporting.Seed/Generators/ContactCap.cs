using Bogus;
using Reporting.Core.Surveys;
using Reporting.Seed.Randomness;

namespace Reporting.Seed.Generators;

/// <summary>
/// The 90-day contact cap as the demo's survey team applies it, in calendar days like the fatigue KPI:
/// a relational survey due inside the cap waits for its end when that comes within the same month;
/// any other survey inside the cap is dropped, except that now and then one goes anyway (a CSM's
/// manual send): the few cap violations the fatigue KPI is there to find.
/// </summary>
internal sealed class ContactCap(Randomizer random)
{
    private const double SlipChance = 0.012;

    private static readonly int CapDays = new SurveyProgramRules().CapDays;

    // Keyed lookups only, never enumerated: no hash order leaks into the rows.
    private readonly Dictionary<string, DateOnly> lastSent = new(StringComparer.Ordinal);

    /// <summary>When the invitation goes out (deferred, or as due), or null when the cap drops it; a send is recorded.</summary>
    public DateTime? Admit(NpsInvitation invitation)
    {
        var contactId = invitation.Contact.ContactId;
        var due = DateOnly.FromDateTime(invitation.SentAt);
        var sentAt = (DateTime?)invitation.SentAt;
        if (lastSent.TryGetValue(contactId, out var last) && due < last.AddDays(CapDays))
        {
            var free = SeedClock.NextWeekday(last.AddDays(CapDays));
            sentAt = invitation.IsRelational && free.Year == due.Year && free.Month == due.Month
                ? free.ToDateTime(TimeOnly.FromDateTime(invitation.SentAt), DateTimeKind.Utc)
                : random.Chance(SlipChance) ? invitation.SentAt : null;
        }
        if (sentAt is { } sent)
        {
            lastSent[contactId] = DateOnly.FromDateTime(sent);
        }
        return sentAt;
    }
}
