using System.Data.Common;
using Reporting.DuckDb;

namespace Reporting.Core.Revenue;

/// <summary>
/// Churn after an NPS group (KPIS.md): of the group's answers whose UTC date r is in the period, with
/// r + N days on or before the as-of date and ARR on r, the percent whose account churned in (r, r + N days].
/// The observations are those answers.
/// </summary>
internal static class ChurnAfterResponse
{
    public static (double? Percent, long Answers) Measure(
        DbConnection connection, RevenueScope scope, RevenuePeriod period, int minScore, int maxScore, int days)
    {
        var rows = connection.Query($"""
            WITH answers AS (
                SELECT r.account_id, CAST(r.responded_at AS DATE) AS day
                FROM fact_survey_response r JOIN dim_account a ON a.account_id = r.account_id
                WHERE {RevenueScope.Sql} AND r.survey_type = 'nps' AND r.score BETWEEN $5 AND $6
                  AND CAST(r.responded_at AS DATE) BETWEEN $3 AND $4
                  AND CAST(r.responded_at AS DATE) + $7::INTEGER <= $8)
            SELECT count(*)::BIGINT AS answers,
                   count(*) FILTER (WHERE EXISTS (
                       SELECT 1 FROM fact_revenue_movement c
                       WHERE c.account_id = x.account_id AND c.kind = 'churn' AND c.effective_on > x.day AND c.effective_on <= x.day + $7::INTEGER))::BIGINT AS churned
            FROM answers x
            WHERE {RunningArr.On("x.account_id", "x.day")} > 0
            """, [.. scope.Parameters, period.From, period.To, minScore, maxScore, days, period.AsOf]);
        var answers = rows.Column<long>("answers")[0];
        return (answers == 0 ? null : 100.0 * rows.Column<long>("churned")[0] / answers, answers);
    }
}
