using Reporting.Core.Health;
using Reporting.Core.Kpis;
using Reporting.Core.Periods;

namespace Reporting.Core.Revenue;

/// <summary>
/// The (account, month-end) pairs the health AUC and the churn by health band judge (KPIS.md): each
/// month-end m in the period with ARR(a, m) > 0, a health score at m and m + 180 days on or before the
/// as-of date; churned when a churn of the account is effective in (m, m + 180 days]. At most the
/// last <see cref="HealthHistory.MaxMonths"/> month-ends of the period.
/// </summary>
internal static class HealthChurnPairs
{
    public const int Days = RevenueKpiIds.HealthChurnDays;

    public static IReadOnlyList<(double Score, bool Churned)> Find(KpiCalculator calculator, RevenueScope scope, RevenuePeriod period, CancellationToken cancellationToken)
    {
        var lastEnd = period.To < period.AsOf.AddDays(-Days) ? period.To : period.AsOf.AddDays(-Days);
        var last = MonthSpan.FirstOfMonth(lastEnd);
        if (MonthEnd(last) > lastEnd)
        {
            last = last.AddMonths(-1);
        }
        var first = MonthSpan.FirstOfMonth(period.From);
        first = first < last.AddMonths(1 - HealthHistory.MaxMonths) ? last.AddMonths(1 - HealthHistory.MaxMonths) : first;
        if (first > last)
        {
            return [];
        }
        var history = new HealthHistory(calculator).Months(new KpiFilter(scope.Accounts is [var one] ? one : null, scope.Segment), first, last, period.AsOf, cancellationToken);
        var movements = Movements(calculator, scope);
        return history
            .SelectMany(h => h.Value.Select(p => (Account: h.Key, Point: p)))
            .Where(x => x.Point.Score is not null && movements.TryGetValue(x.Account, out var own) && ArrOn(own, x.Point.Date) > 0)
            .Select(x => (x.Point.Score!.Value, ChurnedWithin(movements[x.Account], x.Point.Date)))
            .ToList();
    }

    private static DateOnly MonthEnd(DateOnly month) => month.AddMonths(1).AddDays(-1);

    private static decimal ArrOn(List<Movement> movements, DateOnly day) => movements.Where(m => m.On <= day).Sum(m => m.Change);

    private static bool ChurnedWithin(List<Movement> movements, DateOnly day) =>
        movements.Any(m => m.Kind == "churn" && m.On > day && m.On <= day.AddDays(Days));

    private static Dictionary<string, List<Movement>> Movements(KpiCalculator calculator, RevenueScope scope)
    {
        using var connection = calculator.Database.ConnectFacts();
        var rows = connection.Query($"""
            SELECT m.account_id, m.effective_on, m.kind, m.arr_change
            FROM fact_revenue_movement m JOIN dim_account a ON a.account_id = m.account_id
            WHERE {RevenueScope.Sql}
            """, scope.Parameters);
        return Enumerable.Range(0, rows.RowCount)
            .Select(i => (Account: rows.Column<string>("account_id")[i], Movement: new Movement(rows.Column<DateOnly>("effective_on")[i], rows.Column<string>("kind")[i], rows.Column<decimal>("arr_change")[i])))
            .GroupBy(x => x.Account, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Movement).ToList(), StringComparer.Ordinal);
    }

    private sealed record Movement(DateOnly On, string Kind, decimal Change);
}
