using Reporting.Core.Storage;

namespace Reporting.Core.Revenue;

/// <summary>
/// NRR, GRR and logo churn (KPIS.md "Revenue outcomes") over the accounts active at the start: those
/// with ARR the day before the period. The observations are those accounts.
/// </summary>
internal sealed record Retention(long Accounts, double StartArr, double EndArr, double DownArr, long Churned)
{
    public static Retention Measure(FactConnection connection, RevenueScope scope, DateOnly from, DateOnly to)
    {
        var rows = connection.Query($"""
            WITH per_account AS (
                SELECT m.account_id,
                       coalesce(sum(m.arr_change) FILTER (WHERE m.effective_on < $4), 0) AS arr_before,
                       coalesce(sum(m.arr_change) FILTER (WHERE m.effective_on <= $5), 0) AS arr_after,
                       coalesce(sum(-m.arr_change) FILTER (WHERE m.effective_on BETWEEN $4 AND $5
                           AND (m.kind IN ('churn', 'contraction') OR (m.kind = 'renewal' AND m.arr_change < 0))), 0) AS arr_down,
                       count(*) FILTER (WHERE m.effective_on BETWEEN $4 AND $5 AND m.kind = 'churn') AS churns
                FROM fact_revenue_movement m JOIN dim_account a ON a.account_id = m.account_id
                WHERE {RevenueScope.Sql}
                GROUP BY m.account_id)
            SELECT count(*)::BIGINT AS accounts, coalesce(sum(arr_before), 0)::DOUBLE AS start_arr, coalesce(sum(arr_after), 0)::DOUBLE AS end_arr,
                   coalesce(sum(arr_down), 0)::DOUBLE AS down_arr, count(*) FILTER (WHERE churns > 0)::BIGINT AS churned
            FROM per_account WHERE arr_before > 0
            """, [.. scope.Parameters, from, to]);
        return new Retention(
            rows.Column<long>("accounts")[0], rows.Column<double>("start_arr")[0], rows.Column<double>("end_arr")[0],
            rows.Column<double>("down_arr")[0], rows.Column<long>("churned")[0]);
    }

    public double? Nrr => Accounts == 0 ? null : 100 * EndArr / StartArr;

    public double? Grr => Accounts == 0 ? null : Math.Max(0, 100 * (StartArr - DownArr) / StartArr);

    public double? LogoChurnRate => Accounts == 0 ? null : 100.0 * Churned / Accounts;
}
