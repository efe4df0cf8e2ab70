using System.Globalization;
using System.Text.RegularExpressions;
using Reporting.Core.Dashboards;
using Reporting.Core.Cube.Querying;

namespace Reporting.Core.Delivery;

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
        if (Problem(period) is { } problem)
        {
            throw new DashboardFilterException(Parameter, problem);
        }
        var (n, days) = Read(period);
        return days
            ? new DateRange(today.AddDays(-n), today.AddDays(-1))
            : DashboardFilters.LastMonths(today, n);
    }

    /// <summary>What is wrong with <paramref name="period"/>, or null when it reads (the subscription validator asks too, so the command line saves no period that cannot be sent).</summary>
    public static string? Problem(string period)
    {
        var (n, days) = Read(period);
        return n >= 1 && n <= (days ? 3660 : 120) ? null
            : $"'{Text.Echo.Short(period)}' is not a period: use last-N-days (1 to 3660) or last-N-months (1 to 120), or leave it empty for the default";
    }

    private static (int N, bool Days) Read(string period)
    {
        var match = Pattern().Match(period.Trim());
        return match.Success
            ? (int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture), match.Groups["unit"].Value == "days")
            : (0, false);
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
