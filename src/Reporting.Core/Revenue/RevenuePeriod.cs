using Reporting.Core.Kpis;

namespace Reporting.Core.Revenue;

/// <summary>
/// The inclusive dates the revenue KPIs judge: the request's, else the year ending on its last day
/// (or today). Retention needs a start, since it compares ARR the day before it with ARR at the end.
/// <paramref name="AsOf"/> (today) is the day by which churn after a response or month-end must have had time to show.
/// </summary>
internal sealed record RevenuePeriod(DateOnly From, DateOnly To, DateOnly AsOf)
{
    public static RevenuePeriod Of(KpiFilter filter, DateOnly today)
    {
        var to = filter.To ?? today;
        return new RevenuePeriod(filter.From ?? to.AddYears(-1).AddDays(1), to, today);
    }
}
