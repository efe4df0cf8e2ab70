using System.Globalization;
using Reporting.Core.Cube.Querying;

namespace Reporting.Core.Kpis;

/// <summary>
/// The one cube query behind a cube's KPIs: their measures and observation measures, with the
/// account and segment as equality filters and the dates as an inclusive range over the cube's
/// event time (from's midnight to the midnight after to); monthly cubes widen the dates to whole months.
/// Grouped by account, it answers one row per account with observations.
/// </summary>
internal static class KpiCubeQuery
{
    public const string AccountDimension = "account_id";

    public static CubeQuery Build(string cube, KpiCubePeriod period, IReadOnlyList<KpiDefinition> kpis, KpiFilter filter, bool byAccount = false)
    {
        var measures = kpis.Select(k => k.Measure!).Concat(kpis.Select(k => k.Observations).OfType<string>()).Distinct(StringComparer.Ordinal).ToList();
        var filters = Filters(cube, period, filter);
        return new CubeQuery { Measures = measures, Filters = filters, Dimensions = byAccount ? [$"{cube}.{AccountDimension}"] : [] };
    }

    /// <summary>The account and segment as equality filters and the dates as an inclusive range over the cube's event time.</summary>
    public static List<QueryFilter> Filters(string cube, KpiCubePeriod period, KpiFilter filter)
    {
        var filters = new List<QueryFilter>();
        if (filter.Account is { } account)
        {
            filters.Add(new QueryFilter($"{cube}.account_id", FilterOperator.Equals, [account]));
        }
        if (filter.Segment is { } segment)
        {
            filters.Add(new QueryFilter($"{cube}.segment", FilterOperator.Equals, [segment]));
        }
        var (from, to) = period.WholeMonths ? (filter.From.Map(FirstOfMonth), filter.To.Map(LastOfMonth)) : (filter.From, filter.To);
        if (from is { } start)
        {
            filters.Add(new QueryFilter($"{cube}.{period.Time}", FilterOperator.Gte, [Text(start)]));
        }
        if (to is { } end)
        {
            filters.Add(new QueryFilter($"{cube}.{period.Time}", FilterOperator.Lt, [Text(end.AddDays(1))]));
        }
        return filters;
    }

    private static DateOnly? Map(this DateOnly? date, Func<DateOnly, DateOnly> map) => date is { } d ? map(d) : null;

    private static DateOnly FirstOfMonth(DateOnly date) => new(date.Year, date.Month, 1);

    private static DateOnly LastOfMonth(DateOnly date) => FirstOfMonth(date).AddMonths(1).AddDays(-1);

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
