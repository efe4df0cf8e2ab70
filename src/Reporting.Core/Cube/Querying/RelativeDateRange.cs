using System.Globalization;
using System.Text.RegularExpressions;

namespace Reporting.Core.Cube.Querying;

/// <summary>
/// Date ranges as people say them: two dates, or "today", "yesterday", "this|last week|month|quarter|year",
/// "last N days|weeks|months|quarters|years" (the N whole periods before the current one).
/// </summary>
public static partial class RelativeDateRange
{
    public static DateRange Parse(string phrase, DateOnly today)
    {
        var text = phrase.Trim().ToLowerInvariant();
        if (text == "today")
        {
            return new(today, today);
        }
        if (text == "yesterday")
        {
            return new(today.AddDays(-1), today.AddDays(-1));
        }
        if (ThisOrLast().Match(text) is { Success: true } single)
        {
            var start = StartOf(today, single.Groups[2].Value);
            return single.Groups[1].Value == "this" ? Period(start, single.Groups[2].Value, 1) : Period(Shift(start, single.Groups[2].Value, -1), single.Groups[2].Value, 1);
        }
        if (LastN().Match(text) is { Success: true } many)
        {
            var unit = many.Groups[2].Value;
            var count = int.Parse(many.Groups[1].Value, CultureInfo.InvariantCulture);
            return Period(Shift(StartOf(today, unit), unit, -count), unit, count);
        }
        throw new QueryException("dateRange", $"'{phrase}' is not a date range: use two dates or a phrase such as \"last 6 months\"");
    }

    private static DateRange Period(DateOnly start, string unit, int count) => new(start, Shift(start, unit, count).AddDays(-1));

    private static DateOnly StartOf(DateOnly day, string unit) => unit switch
    {
        "day" => day,
        "week" => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        "month" => new DateOnly(day.Year, day.Month, 1),
        "quarter" => new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1),
        _ => new DateOnly(day.Year, 1, 1),
    };

    private static DateOnly Shift(DateOnly day, string unit, int count) => unit switch
    {
        "day" => day.AddDays(count),
        "week" => day.AddDays(7 * count),
        "month" => day.AddMonths(count),
        "quarter" => day.AddMonths(3 * count),
        _ => day.AddYears(count),
    };

    [GeneratedRegex("^(this|last) (day|week|month|quarter|year)$")]
    private static partial Regex ThisOrLast();

    [GeneratedRegex("^last ([1-9][0-9]{0,2}) (day|week|month|quarter|year)s?$")]
    private static partial Regex LastN();
}
