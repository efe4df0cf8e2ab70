namespace Reporting.Seed.Randomness;

/// <summary>Timestamp helpers: the seed writes whole seconds in UTC, like the exports it imitates.</summary>
internal static class SeedClock
{
    public static DateTime WholeSeconds(DateTime value) =>
        new(value.Ticks - (value.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);

    public static DateTime At(DateOnly date, double hours) =>
        WholeSeconds(date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(hours));

    public static bool IsWeekday(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The first weekday on or after <paramref name="date"/>: meetings and waves are not sent at weekends.</summary>
    public static DateOnly NextWeekday(DateOnly date)
    {
        while (!IsWeekday(date))
        {
            date = date.AddDays(1);
        }
        return date;
    }
}
