using Reporting.Core.Storage;

namespace Reporting.Core.Revenue;

/// <summary>
/// Churn after an NPS group (KPIS.md): of the group's answers whose UTC date r is in the period, with
/// r + N days on or before the as-of date and ARR on r, the percent whose account churned in (r, r + N days].
/// The observations are those answers. ARR on r and the churns after it come from one join of each
/// answer with its account's movements: ClickHouse runs no correlated subquery in an aggregate's filter
/// and none over a column of a common table expression in a WHERE.
/// </summary>
internal static class ChurnAfterResponse
{
    public static (double? Percent, long Answers) Measure(
        FactConnection connection, RevenueScope scope, RevenuePeriod period, int minScore, int maxScore, int days)
    {
        var rows = connection.Query($"""
            WITH in_period AS (
                SELECT r.response_id, r.account_id, CAST(r.responded_at AS DATE) AS day
                FROM fact_survey_response r JOIN dim_account a ON a.account_id = r.account_id
                WHERE {RevenueScope.Sql} AND r.survey_type = 'nps' AND r.score BETWEEN $6 AND $7
                  AND CAST(r.responded_at AS DATE) BETWEEN $4 AND $5
                  AND CAST(r.responded_at AS DATE) + $8::INTEGER <= $9),
            per_answer AS (
                SELECT x.response_id,
                       sum(v.arr_change) FILTER (WHERE v.effective_on <= x.day) AS arr_that_day,
                       count(*) FILTER (WHERE v.kind = 'churn' AND v.effective_on > x.day AND v.effective_on <= x.day + $8::INTEGER) AS churns_after
                FROM in_period x JOIN fact_revenue_movement v ON v.account_id = x.account_id
                GROUP BY x.response_id)
            SELECT count(*)::BIGINT AS answers, count(*) FILTER (WHERE churns_after > 0)::BIGINT AS churned
            FROM per_answer
            WHERE arr_that_day > 0
            """, [.. scope.Parameters, period.From, period.To, minScore, maxScore, days, period.AsOf]);
        var answers = rows.Column<long>("answers")[0];
        return (answers == 0 ? null : 100.0 * rows.Column<long>("churned")[0] / answers, answers);
    }
}
