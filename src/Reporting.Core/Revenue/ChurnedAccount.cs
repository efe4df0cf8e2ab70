using System.Data.Common;
using Reporting.DuckDb;

namespace Reporting.Core.Revenue;

/// <summary>
/// An account that churned in a period: the ARR it took, its last NPS answer before the day it left
/// (an answer on that day is not "before", as for the churn after an NPS group), and, added by
/// <see cref="RevenueOutcomes"/>, its health score and the warning signals that had fired by then.
/// </summary>
public sealed record ChurnedAccount(string AccountId, string Name, string Segment, DateOnly ChurnedOn, double ArrLost, int? LastNps, DateOnly? LastNpsOn)
{
    /// <summary>The score of the last whole month before the churn; null without one.</summary>
    public double? Health { get; init; }

    public bool HealthLowSample { get; init; }

    /// <summary>Titles of the signals fired as of the churn's month.</summary>
    public IReadOnlyList<string> Signals { get; init; } = [];

    internal static IReadOnlyList<ChurnedAccount> Find(DbConnection connection, RevenueScope scope, DateOnly from, DateOnly to)
    {
        var rows = connection.Query($"""
            SELECT m.account_id, a.name, a.segment, m.effective_on, (-m.arr_change)::DOUBLE AS arr_lost, last.score::INTEGER AS nps, last.day AS nps_on
            FROM fact_revenue_movement m JOIN dim_account a ON a.account_id = m.account_id
            LEFT JOIN LATERAL (
                SELECT r.score, CAST(r.responded_at AS DATE) AS day FROM fact_survey_response r
                WHERE r.account_id = m.account_id AND r.survey_type = 'nps' AND CAST(r.responded_at AS DATE) < m.effective_on
                ORDER BY r.responded_at DESC, r.response_id LIMIT 1) last ON TRUE
            WHERE {RevenueScope.Sql} AND m.kind = 'churn' AND m.effective_on BETWEEN $3 AND $4
            ORDER BY m.effective_on DESC, m.account_id
            """, [.. scope.Parameters, from, to]);
        return Enumerable.Range(0, rows.RowCount).Select(i => new ChurnedAccount(
            (string)rows["account_id"].GetValue(i)!, (string)rows["name"].GetValue(i)!, (string)rows["segment"].GetValue(i)!,
            (DateOnly)rows["effective_on"].GetValue(i)!, (double)rows["arr_lost"].GetValue(i)!,
            rows["nps"].GetValue(i) as int?, rows["nps_on"].GetValue(i) as DateOnly?)).ToList();
    }
}
