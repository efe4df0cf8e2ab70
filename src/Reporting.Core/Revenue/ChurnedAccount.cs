using Reporting.Core.Storage;

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

    /// <summary>
    /// The churns of the period, each with the last NPS answer of its account before its day: the latest
    /// answer, the lowest response id among answers at that same instant (joins and arg_min, which both
    /// engines read; ClickHouse has no lateral join).
    /// </summary>
    internal static IReadOnlyList<ChurnedAccount> Find(FactConnection connection, RevenueScope scope, DateOnly from, DateOnly to)
    {
        var rows = connection.Query($"""
            WITH churns AS (
                SELECT m.movement_id, m.account_id, a.name, a.segment, m.effective_on, m.arr_change
                FROM fact_revenue_movement m JOIN dim_account a ON a.account_id = m.account_id
                WHERE {RevenueScope.Sql} AND m.kind = 'churn' AND m.effective_on BETWEEN $4 AND $5),
            answers_before AS (
                SELECT c.movement_id, r.response_id, r.score, r.responded_at
                FROM churns c JOIN fact_survey_response r ON r.account_id = c.account_id
                WHERE r.survey_type = 'nps' AND CAST(r.responded_at AS DATE) < c.effective_on),
            latest AS (
                SELECT movement_id, max(responded_at) AS latest_at FROM answers_before GROUP BY movement_id),
            last_answer AS (
                SELECT b.movement_id, arg_min(b.score, b.response_id) AS score, max(b.responded_at) AS answered_at
                FROM answers_before b JOIN latest l ON l.movement_id = b.movement_id AND l.latest_at = b.responded_at
                GROUP BY b.movement_id)
            SELECT c.account_id, c.name, c.segment, c.effective_on, (-c.arr_change)::DOUBLE AS arr_lost,
                   l.score::INTEGER AS nps, CAST(l.answered_at AS DATE) AS nps_on
            FROM churns c LEFT JOIN last_answer l ON l.movement_id = c.movement_id
            ORDER BY c.effective_on DESC, c.account_id
            """, [.. scope.Parameters, from, to]);
        return Enumerable.Range(0, rows.RowCount).Select(i => new ChurnedAccount(
            (string)rows["account_id"].GetValue(i)!, (string)rows["name"].GetValue(i)!, (string)rows["segment"].GetValue(i)!,
            (DateOnly)rows["effective_on"].GetValue(i)!, (double)rows["arr_lost"].GetValue(i)!,
            rows["nps"].GetValue(i) as int?, rows["nps_on"].GetValue(i) as DateOnly?)).ToList();
    }
}
