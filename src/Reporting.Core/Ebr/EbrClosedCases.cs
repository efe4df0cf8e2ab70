using System.Globalization;
using Reporting.Core.Storage;

namespace Reporting.Core.Ebr;

/// <summary>
/// The account's detractor cases closed in the period, newest first: the answer's score, comment
/// and the contact's role, the case's category and outcome, and the contact's next NPS score when
/// it came 30 to 90 days later (the closed loop's follow-up, detractor_responses).
/// </summary>
public static class EbrClosedCases
{
    /// <remarks>Columns the joined tables share are named outright: ClickHouse would call them "c.case_id".</remarks>
    public static (long Count, IReadOnlyList<EbrClosedCase> Newest) Read(ReportingDatabase database, string accountId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        using var connection = database.ConnectFacts();
        var (start, end) = (from.ToDateTime(TimeOnly.MinValue), to.AddDays(1).ToDateTime(TimeOnly.MinValue));
        var rows = connection.Query("""
            SELECT c.case_id AS case_id, r.responded_at::DATE AS responded_on, r.score AS score, p.role, r.comment,
                   c.category AS category, c.outcome AS outcome,
                   c.closed_at::DATE AS closed_on, d.follow_up_score, count(*) OVER () AS total
            FROM fact_detractor_case AS c
            JOIN fact_survey_response AS r ON r.response_id = c.response_id
            LEFT JOIN dim_contact AS p ON p.contact_id = r.contact_id
            LEFT JOIN detractor_responses AS d ON d.response_id = c.response_id
            WHERE r.account_id = $1 AND c.closed_at >= $2 AND c.closed_at < $3
            ORDER BY c.closed_at DESC, c.case_id
            LIMIT $4
            """, [accountId, start, end, EbrClosedLoop.MaxCases], cancellationToken);
        var cases = Enumerable.Range(0, rows.RowCount).Select(i => new EbrClosedCase(
            (string)rows["case_id"].GetValue(i)!,
            (DateOnly)rows["responded_on"].GetValue(i)!,
            Convert.ToInt32(rows["score"].GetValue(i), CultureInfo.InvariantCulture),
            rows["role"].GetValue(i) as string,
            rows["comment"].GetValue(i) as string,
            rows["category"].GetValue(i) as string,
            rows["outcome"].GetValue(i) as string,
            (DateOnly)rows["closed_on"].GetValue(i)!,
            rows["follow_up_score"].GetValue(i) is { } next ? Convert.ToInt32(next, CultureInfo.InvariantCulture) : null)).ToList();
        return (rows.RowCount == 0 ? 0 : Convert.ToInt64(rows["total"].GetValue(0), CultureInfo.InvariantCulture), cases);
    }
}
