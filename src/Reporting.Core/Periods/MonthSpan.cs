using System.Globalization;
using System.Text.Json.Serialization;

namespace Reporting.Core.Periods;

/// <summary>
/// Whole calendar months, <see cref="From"/> (the first day of the first month) to <see cref="To"/>
/// (the last day of the last month), both inclusive: the span a health score or a signal's period covers.
/// </summary>
public sealed record MonthSpan
{
    public MonthSpan(DateOnly from, int months)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        From = FirstOfMonth(from);
        To = From.AddMonths(months).AddDays(-1);
        Months = months;
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    [JsonIgnore]
    public int Months { get; }

    /// <summary>"2025-12..2026-02", or "2026-02" for one month.</summary>
    public string Label => Months == 1 ? Month(From) : $"{Month(From)}..{Month(To)}";

    /// <summary>The first day of the span's last month.</summary>
    [JsonIgnore]
    public DateOnly LastMonth => FirstOfMonth(To);

    /// <summary>The <paramref name="months"/> whole months ending with the month of <paramref name="lastMonth"/>.</summary>
    public static MonthSpan Ending(DateOnly lastMonth, int months) => new(FirstOfMonth(lastMonth).AddMonths(1 - months), months);

    /// <summary>
    /// The <paramref name="months"/> whole months before the month of <paramref name="asOf"/>: the
    /// latest complete months on that date, so that the same date always judges the same months.
    /// </summary>
    public static MonthSpan Before(DateOnly asOf, int months) => Ending(FirstOfMonth(asOf).AddMonths(-1), months);

    /// <summary>The span of the same length just before this one.</summary>
    public MonthSpan Previous() => new(From.AddMonths(-Months), Months);

    public static DateOnly FirstOfMonth(DateOnly date) => new(date.Year, date.Month, 1);

    private static string Month(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
