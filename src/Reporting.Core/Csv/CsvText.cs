using System.Globalization;
using System.Text;

namespace Reporting.Core.Csv;

/// <summary>
/// The one way the module writes a CSV field for people to open (cube and chart exports, the survey
/// plan): RFC 4180 quoting, and a field that a spreadsheet would run as a formula (one starting with
/// =, +, -, @, a tab or a carriage return, as OWASP lists them) gets a leading apostrophe, unless it is
/// a plain number such as -12.5.
/// </summary>
public static class CsvText
{
    public static string Field(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        if (text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !IsNumber(text))
        {
            text = "'" + text;
        }
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    /// <summary>One record: the fields, comma-separated, then CRLF.</summary>
    public static void AppendLine(StringBuilder csv, IEnumerable<string?> fields) => csv.AppendJoin(',', fields.Select(Field)).Append("\r\n");

    private static bool IsNumber(string text) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out _);
}
