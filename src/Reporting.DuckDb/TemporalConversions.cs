using Reporting.DuckDb.Native;

namespace Reporting.DuckDb;

/// <summary>DuckDB's epoch-based temporal encodings to and from .NET types.</summary>
internal static class TemporalConversions
{
    private static readonly DateOnly EpochDate = DateOnly.FromDateTime(DateTime.UnixEpoch);

    public static DateOnly ToDateOnly(int days) => EpochDate.AddDays(days);

    public static NativeDate FromDateOnly(DateOnly value) => new(value.DayNumber - EpochDate.DayNumber);

    /// <summary>TIME has microsecond precision; a TimeOnly's remaining 100 ns ticks are dropped.</summary>
    public static NativeTime FromTimeOnly(TimeOnly value) => new(value.Ticks / TimeSpan.TicksPerMicrosecond);

    /// <summary>TIMESTAMP carries no zone: it comes back as <see cref="DateTimeKind.Unspecified"/>.</summary>
    public static DateTime ToDateTimeFromEpochTicks(long ticks) => new(DateTime.UnixEpoch.Ticks + ticks, DateTimeKind.Unspecified);

    public static DateTimeOffset ToDateTimeOffset(long micros) =>
        new(DateTime.UnixEpoch.Ticks + (micros * TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);

    /// <summary>Local times are converted to UTC; Utc and Unspecified are stored as they are.</summary>
    public static NativeTimestamp FromDateTime(DateTime value)
    {
        var utc = value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
        return new((utc.Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMicrosecond);
    }

    public static NativeTimestamp FromDateTimeOffset(DateTimeOffset value) =>
        new((value.UtcTicks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMicrosecond);
}
