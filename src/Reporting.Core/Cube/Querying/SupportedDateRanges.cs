using Reporting.Core.Cube.Model;
using Reporting.Core.Periods;

namespace Reporting.Core.Cube.Querying;

/// <summary>
/// The date policy of <see cref="SupportedDates"/> for a query's date range: both ends within the
/// supported dates, in order, and split by a granularity into at most <see cref="MaxBuckets"/> periods,
/// so no query fills an unbounded series. Answers what is wrong, or null.
/// </summary>
public static class SupportedDateRanges
{
    /// <summary>Periods one query may split its date range into (weeks of 19 years, days of 2.7).</summary>
    public const int MaxBuckets = 1000;

    /// <summary>Both ends in the span, in order, and not too many periods of the granularity.</summary>
    public static string? Check(DateRange range, TimeGranularity? granularity = null)
    {
        if ((SupportedDates.Check(range.From) ?? SupportedDates.Check(range.To)) is { } outside)
        {
            return outside;
        }
        var (from, to) = (SupportedDates.Format(range.From), SupportedDates.Format(range.To));
        if (range.From > range.To)
        {
            return $"{from} is after {to}";
        }
        return granularity is { } grain && Buckets(range, grain) > MaxBuckets
            ? $"{from}..{to} by {grain.ToString().ToLowerInvariant()} is {Buckets(range, grain)} periods, more than the {MaxBuckets} a query may have"
            : null;
    }

    /// <summary>How many periods of the granularity the range touches.</summary>
    public static long Buckets(DateRange range, TimeGranularity granularity) => granularity switch
    {
        TimeGranularity.Day => range.To.DayNumber - range.From.DayNumber + 1,
        TimeGranularity.Week => ((range.To.DayNumber - Monday(range.From).DayNumber) / 7) + 1,
        TimeGranularity.Month => Months(range) + 1,
        TimeGranularity.Quarter => ((range.To.Year * 4) + ((range.To.Month - 1) / 3)) - ((range.From.Year * 4) + ((range.From.Month - 1) / 3)) + 1,
        _ => range.To.Year - range.From.Year + 1,
    };

    private static int Months(DateRange range) => (range.To.Year * 12) + range.To.Month - (range.From.Year * 12) - range.From.Month;

    private static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
