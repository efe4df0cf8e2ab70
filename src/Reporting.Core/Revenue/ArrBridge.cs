using Reporting.Core.Storage;

namespace Reporting.Core.Revenue;

/// <summary>
/// The ARR bridge of a period over a scope of accounts: ARR the day before it (<see cref="Start"/>),
/// the period's flows (<see cref="New"/>, <see cref="Expansion"/>, <see cref="Contraction"/> and
/// <see cref="Churn"/> as KPIS.md defines them, <see cref="Reactivation"/>), and ARR on its last day
/// (<see cref="End"/>). Every movement is one of these, so Start + the ups − the downs = End.
/// </summary>
public sealed record ArrBridge(double Start, double New, double Expansion, double Contraction, double Churn, double Reactivation, double End)
{
    internal static ArrBridge Measure(FactConnection connection, RevenueScope scope, DateOnly from, DateOnly to)
    {
        var rows = connection.Query($"""
            WITH m AS (
                SELECT m.effective_on, m.kind, m.arr_change,
                       m.effective_on BETWEEN $4 AND $5 AS inside,
                       m.kind = 'churn' OR m.kind = 'contraction' OR (m.kind = 'renewal' AND m.arr_change < 0) AS down
                FROM fact_revenue_movement m JOIN dim_account a ON a.account_id = m.account_id
                WHERE {RevenueScope.Sql} AND m.effective_on <= $5)
            SELECT coalesce(sum(arr_change) FILTER (WHERE effective_on < $4), 0)::DOUBLE AS start_arr,
                   coalesce(sum(arr_change) FILTER (WHERE inside AND kind = 'new'), 0)::DOUBLE AS new_arr,
                   coalesce(sum(arr_change) FILTER (WHERE inside AND (kind = 'expansion' OR (kind = 'renewal' AND arr_change > 0))), 0)::DOUBLE AS expansion_arr,
                   coalesce(sum(-arr_change) FILTER (WHERE inside AND down AND kind <> 'churn'), 0)::DOUBLE AS contraction_arr,
                   coalesce(sum(-arr_change) FILTER (WHERE inside AND kind = 'churn'), 0)::DOUBLE AS churned_arr,
                   coalesce(sum(arr_change) FILTER (WHERE inside AND kind = 'reactivation'), 0)::DOUBLE AS reactivation_arr,
                   coalesce(sum(arr_change), 0)::DOUBLE AS end_arr
            FROM m
            """, [.. scope.Parameters, from, to]);
        double Value(string column) => rows.Column<double>(column)[0];
        return new ArrBridge(Value("start_arr"), Value("new_arr"), Value("expansion_arr"), Value("contraction_arr"),
            Value("churned_arr"), Value("reactivation_arr"), Value("end_arr"));
    }
}
