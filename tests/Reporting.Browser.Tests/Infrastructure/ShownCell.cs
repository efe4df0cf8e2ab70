using System.Globalization;

namespace Reporting.Browser.Tests.Infrastructure;

/// <summary>
/// Whether a CSV field holds what a table cell shows: the same label ("(none)" for empty), the same
/// period (an ISO date shown as "May 2026", "2026 Q2" or the date), or the same number to the
/// decimals shown ("12.3 %" holds 12.26…12.35; "—" is an empty field). A trailing "*" marks low samples.
/// </summary>
public static class ShownCell
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static bool Holds(string shown, string csv)
    {
        var text = shown.TrimEnd('*');
        if (text == "—")
        {
            return csv == "";
        }
        if (Number(text) is { } number)
        {
            var decimals = text.Contains('.') ? text.Length - text.IndexOf('.') - 1 - Suffix(text).Length : 0;
            return double.TryParse(csv, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
                && Math.Abs(value - number) <= (0.5 * Math.Pow(10, -decimals)) + 1e-9;
        }
        if (DateOnly.TryParseExact(csv, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return text == date.ToString("MMM yyyy", English) || text == $"{date.Year} Q{((date.Month - 1) / 3) + 1}" || text == csv;
        }
        return text == csv || (text == "(none)" && csv == "");
    }

    private static string Suffix(string text) => text.EndsWith(" %", StringComparison.Ordinal) ? " %"
        : text.EndsWith(" min", StringComparison.Ordinal) ? " min"
        : text.EndsWith(" h", StringComparison.Ordinal) ? " h"
        : "";

    private static double? Number(string text)
    {
        var bare = text[..^Suffix(text).Length].Replace(",", "", StringComparison.Ordinal).Replace('−', '-');
        return double.TryParse(bare, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
