using Bogus;
using Reporting.Seed.Model;
using Reporting.Seed.Randomness;
using Reporting.Seed.Stories;

namespace Reporting.Seed.Generators;

/// <summary>
/// Generates fact_meeting: a QBR every quarter, a yearly EBR ahead of renewal for larger accounts,
/// and check-ins (monthly for enterprises, less often for smaller accounts). A recovering account
/// gets the playbook's "EBR within 14 days" at the worst of its dip.
/// </summary>
internal sealed class MeetingGenerator(SeedWindow window, RandomStreams streams)
{
    private sealed record Slot(string Kind, DateOnly Around);

    public IReadOnlyList<MeetingRow> Generate(AccountProfile account)
    {
        var random = streams.For("meetings", account.Number);
        var ids = new IdSequence(n => SeedIds.Meeting(account.Number, n));
        var activeFrom = window.MonthStart(account.FirstMonth);
        var slots = Qbrs(random).Concat(Ebrs(account)).Concat(CheckIns(account, random)).Concat(RecoveryEbr(account));
        var meetings = new List<MeetingRow>();
        foreach (var slot in slots.OrderBy(s => s.Around).ThenBy(s => s.Kind, StringComparer.Ordinal))
        {
            var scheduled = SeedClock.At(SeedClock.NextWeekday(slot.Around), random.Int(9, 16));
            if (scheduled >= activeFrom && scheduled < window.End)
            {
                meetings.Add(Meeting(account, slot.Kind, scheduled, random, ids.Next()));
            }
        }
        return meetings;
    }

    private MeetingRow Meeting(AccountProfile account, string kind, DateTime scheduled, Randomizer random, string id)
    {
        var conditions = EngagementEffects.For(account.Story, window.MonthOf(scheduled));
        var held = random.Chance(conditions.Held);
        // Check-ins are mostly with the champion; the key stakeholder joins now and then.
        var attendChance = kind == "check-in" ? conditions.Attended * 0.5 : conditions.Attended;
        return new MeetingRow(id, account.Id, kind, scheduled, held, held && random.Chance(attendChance));
    }

    private IEnumerable<Slot> Qbrs(Randomizer random) =>
        window.QuarterStarts().Select(q => new Slot("QBR", q.AddDays(random.Int(15, 60)))).ToList();

    private IEnumerable<Slot> Ebrs(AccountProfile account)
    {
        if (account.Arr < account.Traits.EbrFromArr)
        {
            yield break;
        }
        for (var renewal = account.RenewalOn; renewal.AddDays(-90) >= window.StartDate; renewal = renewal.AddYears(-1))
        {
            yield return new Slot("EBR", renewal.AddDays(-90));
        }
    }

    private IEnumerable<Slot> CheckIns(AccountProfile account, Randomizer random)
    {
        var every = account.Traits.CheckInEveryMonths;
        var offset = random.Int(0, every - 1);
        return Enumerable.Range(0, window.Months).Where(m => m % every == offset)
            .Select(m => new Slot("check-in", DateOnly.FromDateTime(window.MonthStart(m)).AddDays(random.Int(3, 25)))).ToList();
    }

    private IEnumerable<Slot> RecoveryEbr(AccountProfile account)
    {
        if (account.Story.Archetype == AccountArchetype.Recovering)
        {
            yield return new Slot("EBR", DateOnly.FromDateTime(window.MonthStart(account.Story.DipPeakMonth)).AddDays(14));
        }
    }
}
