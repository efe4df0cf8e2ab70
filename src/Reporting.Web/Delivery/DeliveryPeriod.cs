using System.Globalization;
using System.Text.RegularExpressions;
using Reporting.Core.Dashboards;
using Reporting.Core.Cube.Querying;

namespace Reporting.Web.Delivery;

/// <summary>
/// A subscription's period, relative to the day a delivery is composed: "last-30-days" (the 30 days
/// before that day), "last-3-months" (the three whole months before that day's month), or none (the
/// content's own default). Anything else throws <see cref="DashboardFilterException"/> naming "period".
/// </summary>
public static partial class DeliveryPeriod
{
    public const string Parameter = "period";

    /// <summary>The inclusive dates of <paramref name="period"/> as of <paramref name="today"/>; null for the content's default.</summary>
    public static DateRange? Resolve(string? period, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(period))
        {
            return null;
        }
        var match = Pattern().Match(period.Trim());
        var days = match.Success && match.Groups["unit"].Value == "days";
        var n = match.Success ? int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture) : 0;
        if (n < 1 || n > (days ? 3660 : 120))
        {
            throw new DashboardFilterException(Parameter, $"'{Core.Text.Echo.Short(period)}' is not a period: use last-N-days (1 to 3660) or last-N-months (1 to 120), or leave it empty for the default");
        }
        return days
            ? new DateRange(today.AddDays(-n), today.AddDays(-1))
            : DashboardFilters.LastMonths(today, n);
    }

    /// <summary>The filters' parameters with the period's dates, as a dashboard's URL would carry them.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Parameters(IReadOnlyDictionary<string, string> filters, string? period, DateOnly today)
    {
        var range = Resolve(period, today);
        var fields = filters.Where(f => range is null || f.Key is not ("from" or "to"));
        return range is { } r
            ? fields.Append(new("from", r.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).Append(new("to", r.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
            : fields;
    }

    [GeneratedRegex("^last-(?<n>[0-9]{1,4})-(?<unit>days|months)$")]
    private static partial Regex Pattern();
}
