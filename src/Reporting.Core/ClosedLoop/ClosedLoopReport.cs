using System.Globalization;
using Reporting.Core.Cube;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Kpis;
using Reporting.Core.Storage;

namespace Reporting.Core.ClosedLoop;

/// <summary>
/// The detractor closed loop for an account or a segment (or everything): compliance with the
/// 24/48/72 h protocol and recovery by first-contact bucket from the detractor_cases cube, and, as of
/// a date, the overdue list and the follow-up surveys due 30 days after closure, read with bound
/// parameters from the detractor_responses view and the cases.
/// </summary>
public sealed class ClosedLoopReport(CubeQueryRunner query, ReportingDatabase database)
{
    private const string Cube = "detractor_cases";

    /// <summary>The first-contact buckets of the detractor_responses view, soonest first.</summary>
    private static readonly string[] BucketOrder = ["within 1h", "1-24h", "24-72h", "over 72h", "no contact"];

    /// <summary>Follow-ups due from this many days before the date (still unsent) to 30 days after it.</summary>
    private const int FollowUpLookbackDays = 60;

    public ClosedLoopSummary Summarize(KpiFilter filter, DateOnly asOf, int overdueDays = 90, CancellationToken cancellationToken = default)
    {
        var filters = Filters(filter);
        var totals = query(new CubeQuery
        {
            Measures = [$"{Cube}.contact_24h", $"{Cube}.root_cause_48h", $"{Cube}.action_plan_72h", $"{Cube}.recovery_rate", $"{Cube}.detractors", $"{Cube}.cases"],
            Filters = filters,
        }, asOf, cancellationToken);
        var compliance = new ProtocolCompliance(
            Value(totals, "contact_24h"), Value(totals, "root_cause_48h"), Value(totals, "action_plan_72h"),
            Count(totals.Value(0, $"{Cube}.detractors")), Count(totals.Value(0, $"{Cube}.cases")));
        var buckets = query(new CubeQuery
        {
            Measures = [$"{Cube}.recovery_rate"],
            Dimensions = [$"{Cube}.contact_bucket"],
            Filters = filters,
        }, asOf, cancellationToken);
        var byBucket = Enumerable.Range(0, buckets.Rows.Count)
            .Select(row => new RecoveryBucket(
                (string)buckets.Value(row, $"{Cube}.contact_bucket")!,
                KpiNumbers.ToDouble(buckets.Value(row, $"{Cube}.recovery_rate")),
                Count(buckets.Value(row, $"{Cube}.recovery_rate.n"))))
            .OrderBy(b => Array.IndexOf(BucketOrder, b.Bucket))
            .ToList();
        using var connection = database.ConnectFacts();
        return new ClosedLoopSummary(
            asOf, compliance, Value(totals, "recovery_rate"), byBucket, overdueDays,
            Overdue(connection, filter, asOf, overdueDays, cancellationToken), FollowUps(connection, filter, asOf, cancellationToken));
    }

    private static List<QueryFilter> Filters(KpiFilter filter) => KpiCubeQuery.Filters(Cube, new KpiCubePeriod("responded_at", WholeMonths: false), filter);

    /// <summary>Answers of the last <paramref name="days"/> days with a step not done by its due time, as of the date's midnight.</summary>
    private static List<OverdueDetractor> Overdue(FactConnection connection, KpiFilter filter, DateOnly asOf, int days, CancellationToken cancellationToken)
    {
        var now = asOf.ToDateTime(TimeOnly.MinValue);
        var rows = connection.Query("""
            WITH due AS (
                SELECT d.*, a.segment,
                       d.responded_at + INTERVAL 24 HOUR AS contact_due,
                       d.responded_at + INTERVAL 48 HOUR AS root_cause_due,
                       d.responded_at + INTERVAL 72 HOUR AS action_plan_due
                FROM detractor_responses AS d JOIN dim_account AS a ON a.account_id = d.account_id
                WHERE d.responded_at < $1 AND d.responded_at >= $2
                  AND ($3::VARCHAR IS NULL OR d.account_id = $3) AND ($4::VARCHAR IS NULL OR a.segment = $4)
                  AND NOT EXISTS (SELECT 1 FROM fact_detractor_case AS c WHERE c.response_id = d.response_id AND c.closed_at <= $1))
            SELECT response_id, account_id, contact_id, score, responded_at, case_id, owner,
                   CASE WHEN coalesce(first_contact_at > $1, true) AND contact_due < $1 THEN contact_due END AS first_contact,
                   CASE WHEN coalesce(root_cause_at > $1, true) AND root_cause_due < $1 THEN root_cause_due END AS root_cause,
                   CASE WHEN coalesce(action_plan_at > $1, true) AND action_plan_due < $1 THEN action_plan_due END AS action_plan
            FROM due
            WHERE (coalesce(first_contact_at > $1, true) AND contact_due < $1)
               OR (coalesce(root_cause_at > $1, true) AND root_cause_due < $1)
               OR (coalesce(action_plan_at > $1, true) AND action_plan_due < $1)
            ORDER BY responded_at, response_id
            """, [now, now.AddDays(-days), filter.Account, filter.Segment], cancellationToken);
        string[] steps = ["first_contact", "root_cause", "action_plan"];
        return Enumerable.Range(0, rows.RowCount).Select(i => new OverdueDetractor(
                (string)rows["response_id"].GetValue(i)!,
                (string)rows["account_id"].GetValue(i)!,
                rows["contact_id"].GetValue(i) as string,
                Convert.ToInt32(rows["score"].GetValue(i), CultureInfo.InvariantCulture),
                (DateTime)rows["responded_at"].GetValue(i)!,
                rows["case_id"].GetValue(i) as string,
                rows["owner"].GetValue(i) as string,
                steps.Where(s => rows[s].GetValue(i) is DateTime).Select(s => new OverdueStep(s, (DateTime)rows[s].GetValue(i)!)).ToList()))
            .ToList();
    }

    /// <summary>Closed cases whose contact has not answered since closure, follow-up due 30 days after it, within the window around the date.</summary>
    /// <remarks>Columns two joined tables share are named outright: ClickHouse would call them "c.response_id".</remarks>
    private static List<FollowUpDue> FollowUps(FactConnection connection, KpiFilter filter, DateOnly asOf, CancellationToken cancellationToken)
    {
        var now = asOf.ToDateTime(TimeOnly.MinValue);
        var rows = connection.Query("""
            SELECT c.case_id, c.response_id AS response_id, r.account_id AS account_id, r.contact_id, c.closed_at,
                   (c.closed_at + INTERVAL 30 DAY)::DATE AS due
            FROM fact_detractor_case AS c
            JOIN fact_survey_response AS r ON r.response_id = c.response_id
            JOIN dim_account AS a ON a.account_id = r.account_id
            WHERE c.closed_at IS NOT NULL AND c.closed_at < $1
              AND c.closed_at + INTERVAL 30 DAY >= $2 AND c.closed_at + INTERVAL 30 DAY < $3
              AND ($4::VARCHAR IS NULL OR r.account_id = $4) AND ($5::VARCHAR IS NULL OR a.segment = $5)
              AND NOT EXISTS (SELECT 1 FROM fact_survey_response AS n
                              WHERE n.survey_type = 'nps' AND n.contact_id = r.contact_id AND n.responded_at > c.closed_at AND n.responded_at < $1)
            ORDER BY due, c.case_id
            """, [now, now.AddDays(-FollowUpLookbackDays), now.AddDays(31), filter.Account, filter.Segment], cancellationToken);
        return Enumerable.Range(0, rows.RowCount).Select(i =>
        {
            var due = (DateOnly)rows["due"].GetValue(i)!;
            return new FollowUpDue(
                (string)rows["case_id"].GetValue(i)!, (string)rows["response_id"].GetValue(i)!, (string)rows["account_id"].GetValue(i)!,
                rows["contact_id"].GetValue(i) as string, (DateTime)rows["closed_at"].GetValue(i)!, due, due < asOf);
        }).ToList();
    }

    private KpiValue Value(CubeResult result, string measure)
    {
        var n = Count(result.Value(0, $"{Cube}.{measure}.n"));
        return new KpiValue(KpiNumbers.ToDouble(result.Value(0, $"{Cube}.{measure}")), n, result.IsLowSample(n));
    }

    private static long Count(object? value) => KpiNumbers.ToCount(value);
}
