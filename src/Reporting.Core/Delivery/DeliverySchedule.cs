using Cronos;

namespace Reporting.Core.Delivery;

/// <summary>
/// The moments a subscription falls due within (from, to]: a cron expression's occurrences in its time
/// zone (Cronos: daylight-saving gaps and repeats handled), or, for each account, the local time
/// <see cref="SubscriptionSchedule.SendAt"/> on the day N days before its renewal or before the local
/// day of a meeting of the kind (meetings are stored in UTC).
/// </summary>
public static class DeliverySchedule
{
    public static IReadOnlyList<DueOccurrence> Occurrences(Subscription subscription, DateTimeOffset from, DateTimeOffset to, DeliveryFacts facts)
    {
        if (to <= from)
        {
            return [];
        }
        var schedule = subscription.Schedule;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZone);
        // A relative schedule of one account's pack follows that account only.
        var account = subscription.Content.Kind == SubscriptionContentKind.AccountPack ? subscription.Content.AccountId : null;
        var days = schedule.DaysBefore ?? 0;
        var (firstDay, lastDay) = (LocalDay(from, zone).AddDays(-1), LocalDay(to, zone).AddDays(1));
        var due = schedule.Kind switch
        {
            ScheduleKind.Cron => CronExpression.Parse(schedule.Cron!, CronFormat.Standard)
                .GetOccurrences(from.UtcDateTime, to.UtcDateTime, zone, fromInclusive: false, toInclusive: true)
                .Select(at => new DueOccurrence(new DateTimeOffset(at, TimeSpan.Zero), null)),
            ScheduleKind.BeforeRenewal => facts.Renewals(firstDay.AddDays(days), lastDay.AddDays(days), account)
                .Select(r => new DueOccurrence(At(r.Day.AddDays(-days), schedule.SendAt, zone), r.AccountId)),
            _ => facts.Meetings(schedule.MeetingKind!, Midnight(firstDay.AddDays(days - 1)), Midnight(lastDay.AddDays(days + 2)), account)
                .Select(m => new DueOccurrence(At(LocalDay(new DateTimeOffset(m.ScheduledUtc, TimeSpan.Zero), zone).AddDays(-days), schedule.SendAt, zone), m.AccountId)),
        };
        return due.Where(d => d.At > from && d.At <= to).Distinct().OrderBy(d => d.At).ThenBy(d => d.AccountId, StringComparer.Ordinal).ToList();
    }

    /// <summary>The day it is in <paramref name="zone"/> at <paramref name="moment"/>.</summary>
    public static DateOnly LocalDay(DateTimeOffset moment, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, zone).DateTime);

    /// <summary>The moment it is <paramref name="time"/> on <paramref name="day"/> in <paramref name="zone"/>; a time the clocks skip moves past the gap.</summary>
    public static DateTimeOffset At(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }

    private static DateTime Midnight(DateOnly day) => day.ToDateTime(TimeOnly.MinValue);
}
