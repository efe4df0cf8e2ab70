namespace Reporting.DuckDb;

/// <summary>A DuckDB INTERVAL: months and days are kept apart from the time part, as DuckDB does.</summary>
public readonly record struct DuckDbInterval(int Months, int Days, long Micros)
{
    /// <summary>The interval as a TimeSpan; only defined when it has no months (a month has no fixed length).</summary>
    public TimeSpan ToTimeSpan() => Months == 0
        ? TimeSpan.FromDays(Days) + TimeSpan.FromMicroseconds(Micros)
        : throw new InvalidOperationException($"An interval of {Months} month(s) has no fixed length.");

    public static DuckDbInterval FromTimeSpan(TimeSpan value) => new(0, 0, value.Ticks / TimeSpan.TicksPerMicrosecond);

    public override string ToString() => $"{Months} months {Days} days {Micros} us";
}
