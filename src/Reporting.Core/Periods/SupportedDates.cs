using System.Globalization;
using Reporting.Core.Text;

namespace Reporting.Core.Periods;

/// <summary>
/// The one date policy of every entry point (query strings, cube JSON, pages, embeds): dates are
/// YYYY-MM-DD within <see cref="First"/>..<see cref="Last"/>; a cube query's date range is checked
/// against the same span by <c>Cube.Querying.SupportedDateRanges</c>. Inside the span, every shift the
/// reports make (a year back, a period back, a month on) stays a valid date.
/// Each method answers what is wrong, or null; callers raise it in their own exception, naming their parameter.
/// </summary>
public static class SupportedDates
{
    public static readonly DateOnly First = new(2000, 1, 1);

    public static readonly DateOnly Last = new(2100, 12, 31);

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

    /// <summary>YYYY-MM-DD, as every message about dates writes them.</summary>
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
