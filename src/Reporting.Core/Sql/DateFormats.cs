using System.Text;

namespace Reporting.Core.Sql;

/// <summary>DuckDB's date formats and truncation units as ClickHouse writes them.</summary>
internal static class DateFormats
{
    /// <summary>strftime specifiers with the same meaning in formatDateTime, and the one that differs (minutes are %i; %M is the month's name).</summary>
    private static readonly Dictionary<char, string> Specifiers = new()
    {
        ['Y'] = "%Y", ['y'] = "%y", ['m'] = "%m", ['d'] = "%d", ['H'] = "%H", ['I'] = "%I", ['M'] = "%i",
        ['S'] = "%S", ['p'] = "%p", ['j'] = "%j", ['%'] = "%%",
    };

    private static readonly Dictionary<string, string> Truncations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hour"] = "toStartOfHour", ["day"] = "toStartOfDay", ["week"] = "toMonday", ["month"] = "toStartOfMonth",
        ["quarter"] = "toStartOfQuarter", ["year"] = "toStartOfYear",
    };

    public static string ClickHouse(string format)
    {
        var text = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            if (format[i] != '%')
            {
                text.Append(format[i]);
                continue;
            }
            var specifier = i + 1 < format.Length ? format[++i] : ' ';
            text.Append(Specifiers.TryGetValue(specifier, out var translated)
                ? translated
                : throw new SqlTranslationException($"the strftime format '{format}' uses %{specifier}, which has no ClickHouse translation"));
        }
        return text.ToString();
    }

    /// <summary>The ClickHouse function truncating to a date_trunc unit.</summary>
    public static string Truncation(string unit) => Truncations.TryGetValue(unit, out var function)
        ? function
        : throw new SqlTranslationException($"date_trunc('{unit}', …) has no ClickHouse translation");
}
