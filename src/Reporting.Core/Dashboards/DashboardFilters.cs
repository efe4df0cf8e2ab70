using System.Globalization;
using System.Text.RegularExpressions;
using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Periods;

namespace Reporting.Core.Dashboards;

/// <summary>
/// What a dashboard view is filtered by, as its URL says: "from" and "to" (inclusive dates; by
/// default the last six whole months, or a dashboard's own default), "grain" (week, month or quarter) and any dimension by name
/// (segment=SMB&amp;priority=P1; repeated for several values). Keys with a dot belong to a page's own
/// controls and are left alone.
/// </summary>
public sealed partial record DashboardFilters(DateRange Range, TimeGranularity Grain, IReadOnlyDictionary<string, IReadOnlyList<string>> Fields)
{
    /// <summary>The filters every dashboard offers; drill-downs add others.</summary>
    public static IReadOnlyList<string> Global { get; } = ["segment", "region", "tier", "csm", "account_id"];

    /// <summary>The whole months a view shows by default.</summary>
    public const int DefaultMonths = 6;

    private static readonly TimeGranularity[] Grains = [TimeGranularity.Week, TimeGranularity.Month, TimeGranularity.Quarter];

    public static DashboardFilters Default(DateOnly today) => new(LastSixMonths(today), TimeGranularity.Month, new Dictionary<string, IReadOnlyList<string>>());

    /// <summary>From the URL's parameters (without dates: the <paramref name="defaultMonths"/> whole months before today's); a bad date, grain or name throws naming the parameter.</summary>
    public static DashboardFilters Parse(IEnumerable<KeyValuePair<string, string?>> parameters, DateOnly today, int defaultMonths = DefaultMonths)
    {
        var pairs = parameters.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => (p.Key, Value: p.Value!.Trim())).ToList();
        var defaults = LastMonths(today, defaultMonths);
        var from = Date(pairs, "from") ?? defaults.From;
        var to = Date(pairs, "to") ?? defaults.To;
        if (from > to)
        {
            throw new DashboardFilterException("from", $"{from:yyyy-MM-dd} is after to ({to:yyyy-MM-dd})");
        }
        var grain = ParseGrain(pairs);
        if (SupportedDateRanges.Check(new DateRange(from, to), grain) is { } tooMany)
        {
            throw new DashboardFilterException("from", tooMany);
        }
        var fields = pairs.Where(p => p.Key is not ("from" or "to" or "grain") && !p.Key.Contains('.', StringComparison.Ordinal))
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => Field(g.Key), g => (IReadOnlyList<string>)g.Select(p => p.Value).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        return new DashboardFilters(new DateRange(from, to), grain, fields);
    }

    /// <summary>The same view with one more value required (a drill-down).</summary>
    public DashboardFilters With(string field, string value)
    {
        var fields = new Dictionary<string, IReadOnlyList<string>>(Fields, StringComparer.Ordinal) { [Field(field)] = [value] };
        return this with { Fields = fields };
    }

    /// <summary>The URL parameters that reproduce this view, in a stable order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ToParameters()
    {
        var parameters = new List<KeyValuePair<string, string>>
        {
            new("from", Range.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("to", Range.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            new("grain", Grain.ToString().ToLowerInvariant()),
        };
        foreach (var (field, values) in Fields.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            parameters.AddRange(values.Select(v => new KeyValuePair<string, string>(field, v)));
        }
        return parameters;
    }

    public string ToQueryString() =>
        string.Join("&", ToParameters().Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));

    /// <summary>The six whole months before today's.</summary>
    public static DateRange LastSixMonths(DateOnly today) => LastMonths(today, DefaultMonths);

    /// <summary>The <paramref name="months"/> whole months before today's.</summary>
    public static DateRange LastMonths(DateOnly today, int months)
    {
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        return new DateRange(thisMonth.AddMonths(-months), thisMonth.AddDays(-1));
    }

    private static DateOnly? Date(List<(string Key, string Value)> pairs, string name) =>
        pairs.LastOrDefault(p => p.Key == name).Value is not { } text ? null
        : SupportedDates.Parse(text, out var date) is { } problem ? throw new DashboardFilterException(name, problem)
        : date;

    private static TimeGranularity ParseGrain(List<(string Key, string Value)> pairs)
    {
        if (pairs.LastOrDefault(p => p.Key == "grain").Value is not { } text)
        {
            return TimeGranularity.Month;
        }
        foreach (var grain in Grains)
        {
            if (grain.ToString().Equals(text, StringComparison.OrdinalIgnoreCase))
            {
                return grain;
            }
        }
        throw new DashboardFilterException("grain", $"'{text}' is not week, month or quarter");
    }

    private static string Field(string name) =>
        Identifier().IsMatch(name) ? name : throw new DashboardFilterException(name, "is not a dimension name");

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex Identifier();
}
