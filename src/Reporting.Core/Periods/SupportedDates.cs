using System.Globalization;
using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Text;

namespace Reporting.Core.Periods;

/// <summary>
/// The one date policy of every entry point (query strings, cube JSON, pages, embeds): dates are
/// YYYY-MM-DD within <see cref="First"/>..<see cref="Last"/>, and a range split by a granularity has
/// at most <see cref="MaxBuckets"/> periods. Inside the span, every shift the reports make (a year
/// back, a period back, a month on) stays a valid date, and no query fills an unbounded series.
/// Each method answers what is wrong, or null; callers raise it in their own exception, naming their parameter.
/// </summary>
public static class SupportedDates
{
    public static readonly DateOnly First = new(2000, 1, 1);

    public static readonly DateOnly Last = new(2100, 12, 31);

    /// <summary>Periods one query may split its date range into (weeks of 19 years, days of 2.7).</summary>
    public const int MaxBuckets = 1000;

    public static string Span => $"{Format(First)}..{Format(Last)}";

    /// <summary>Reads YYYY-MM-DD (or YYYY-MM with <paramref name="format"/>) and checks the span.</summary>
    public static string? Parse(string text, out DateOnly date, string format = "yyyy-MM-dd")
    {
        if (!DateOnly.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return $"'{Echo.Short(text)}' is not {(format == "yyyy-MM" ? "a month" : "a date")} ({format.ToUpperInvariant()})";
        }
        return Check(date);
    }

    public static string? Check(DateOnly date) =>
        date < First || date > Last ? $"{Format(date)} is outside the supported dates ({Span})" : null;

    /// <summary>Both ends in the span, in order, and not too many periods of the granularity.</summary>
    public static string? Check(DateRange range, TimeGranularity? granularity = null)
    {
        if ((Check(range.From) ?? Check(range.To)) is { } outside)
        {
            return outside;
        }
        if (range.From > range.To)
        {
            return $"{Format(range.From)} is after {Format(range.To)}";
        }
        return granularity is { } grain && Buckets(range, grain) > MaxBuckets
            ? $"{Format(range.From)}..{Format(range.To)} by {grain.ToString().ToLowerInvariant()} is {Buckets(range, grain)} periods, more than the {MaxBuckets} a query may have"
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

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
