using Reporting.DuckDb.Native;

namespace Reporting.DuckDb;

/// <summary>DuckDB's epoch-based temporal encodings to and from .NET types.</summary>
internal static class TemporalConversions
{
    private static readonly DateOnly EpochDate = DateOnly.FromDateTime(DateTime.UnixEpoch);
    private static readonly long MinEpochTicks = DateTime.MinValue.Ticks - DateTime.UnixEpoch.Ticks;
    private static readonly long MaxEpochTicks = DateTime.MaxValue.Ticks - DateTime.UnixEpoch.Ticks;

    public static DateOnly ToDateOnly(int days) => EpochDate.AddDays(days);

    public static NativeDate FromDateOnly(DateOnly value) => new(value.DayNumber - EpochDate.DayNumber);

    /// <summary>TIME has microsecond precision; a TimeOnly's remaining 100 ns ticks are dropped.</summary>
    public static NativeTime FromTimeOnly(TimeOnly value) => new(value.Ticks / TimeSpan.TicksPerMicrosecond);

    /// <summary>TIMESTAMP carries no zone: it comes back as <see cref="DateTimeKind.Unspecified"/>.</summary>
    public static DateTime ToDateTimeFromEpochTicks(long ticks) => new(DateTime.UnixEpoch.Ticks + ticks, DateTimeKind.Unspecified);

    public static DateTimeOffset ToDateTimeOffset(long micros) =>
        new(DateTime.UnixEpoch.Ticks + EpochTicks(micros, TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);

    /// <summary>
    /// Ticks since 1970 for a count of time units. Throws beyond DateTime's years 1 to 9999: DuckDB
    /// stores ±infinity as ±long.MaxValue, which unchecked arithmetic wraps into a plausible date.
    /// </summary>
    public static long EpochTicks(long units, long ticksPerUnit) =>
        units >= MinEpochTicks / ticksPerUnit && units <= MaxEpochTicks / ticksPerUnit
            ? units * ticksPerUnit
            : throw new OverflowException(
                $"A DuckDB timestamp ({units} units of {ticksPerUnit} ticks from 1970) lies outside the years 1 to 9999 " +
                "that .NET can hold (infinity, for one); filter it or cast it in SQL.");

    /// <summary>Local times are converted to UTC; Utc and Unspecified are stored as they are.</summary>
    public static NativeTimestamp FromDateTime(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
        return new((utc.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMicrosecond);
    }

    public static NativeTimestamp FromDateTimeOffset(DateTimeOffset value) =>
        new((value.UtcTicks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMicrosecond);
}
