using Reporting.DuckDb;

namespace Reporting.Seed.Tests;

/// <summary>
/// KPI-style numbers per archetype and range of months (0 = the window's first month), computed in SQL
/// the way the KPI definitions read. Only accounts onboarded before the window count, so a new
/// customer's first months do not look like a trend.
/// </summary>
public sealed class StoryMetrics(SeededDatabase seeded)
{
    private const string Accounts = """
        SELECT account_id FROM test_archetype JOIN dim_account USING (account_id) WHERE archetype = $1 AND onboarded_on < $2::DATE
        """;

    public double Handoffs(string archetype, int from, int to) => Ticket("avg(greatest(assignee_stations - 1, 0))", archetype, from, to);

    public double ReopenRate(string archetype, int from, int to) =>
        Ticket("avg((reopens > 0)::INT) FILTER (WHERE status IN ('solved', 'closed'))", archetype, from, to);

    public double LoginsPerAccountMonth(string archetype, int from, int to) => seeded.Number($"""
        SELECT count(*) / ((SELECT count(*) FROM ({Accounts})) * ($4 - $3 + 1))
        FROM fact_engagement WHERE event = 'login' AND account_id IN ({Accounts}) AND {Month("occurred_at")}
        """, archetype, seeded.WindowStart, from, to);

    public double FeaturesPerAccountMonth(string archetype, int from, int to) => seeded.Number($"""
        SELECT avg(features) FROM (
            SELECT account_id, date_trunc('month', occurred_at), count(DISTINCT event) AS features
            FROM fact_engagement WHERE event <> 'login' AND account_id IN ({Accounts}) AND {Month("occurred_at")} GROUP BY ALL)
        """, archetype, seeded.WindowStart, from, to);

    /// <summary>QBR/EBR attendance: held with a key stakeholder / scheduled.</summary>
    public double ReviewAttendance(string archetype, int from, int to) => seeded.Number($"""
        SELECT avg((held AND key_stakeholder_attended)::INT) FROM fact_meeting
        WHERE kind IN ('QBR', 'EBR') AND account_id IN ({Accounts}) AND {Month("scheduled_at")}
        """, archetype, seeded.WindowStart, from, to);

    public double Nps(string archetype, int from, int to) =>
        Survey("100 * (avg((score >= 9)::INT) - avg((score <= 6)::INT))", archetype, from, to);

    public double PassiveShare(string archetype, int from, int to) => Survey("avg((score BETWEEN 7 AND 8)::INT)", archetype, from, to);

    /// <summary>Share of passive and detractor NPS comments that talk about handoffs, chasing or unresolved issues.</summary>
    public double HandoffComplaintShare(string archetype, int from, int to) => Survey("""
        avg((comment ILIKE '%hand%off%' OR comment ILIKE '%different people%' OR comment ILIKE '%transferred%' OR comment ILIKE '%chas%'
             OR comment ILIKE '%follow up again%' OR comment ILIKE '%not resolved%' OR comment ILIKE '%not fixed%' OR comment ILIKE '%came back%'
             OR comment ILIKE '%verschiedenen Leuten%' OR comment ILIKE '%nachhaken%' OR comment ILIKE '%nicht gelöst%' OR comment ILIKE '%personnes différentes%'
             OR comment ILIKE '%relancer%' OR comment ILIKE '%pas résolu%' OR comment ILIKE '%personas distintas%' OR comment ILIKE '%perseguir%'
             OR comment ILIKE '%no está resuelto%')::INT)
        FILTER (WHERE comment IS NOT NULL AND score <= 8)
        """, archetype, from, to);

    /// <summary>Share of detractor cases first contacted within an hour of the answer.</summary>
    public double FirstContactWithinHour(string archetype, int from, int to) => seeded.Number($"""
        SELECT avg((first_contact_at < r.responded_at + INTERVAL 1 HOUR)::INT)
        FROM fact_detractor_case c JOIN fact_survey_response r USING (response_id)
        WHERE r.account_id IN ({Accounts}) AND {Month("r.responded_at")}
        """, archetype, seeded.WindowStart, from, to);

    /// <summary>
    /// The detractor recovery rate by first-contact bucket, as KPIS.md defines it: among detractors
    /// whose next NPS answer from the same contact came 30–90 days later, the share scoring 7 or more.
    /// </summary>
    public IReadOnlyDictionary<string, (double Rate, long FollowedUp)> RecoveryByFirstContact()
    {
        var result = seeded.Connection.Query("""
            WITH detractor AS (
                SELECT r.contact_id, r.responded_at, datediff('minute', r.responded_at, c.first_contact_at) / 60.0 AS hours,
                       (SELECT n FROM fact_survey_response n WHERE n.survey_type = 'nps' AND n.contact_id = r.contact_id
                          AND n.responded_at > r.responded_at ORDER BY n.responded_at LIMIT 1) AS next
                FROM fact_detractor_case c JOIN fact_survey_response r USING (response_id))
            SELECT CASE WHEN hours < 1 THEN '<1h' WHEN hours < 24 THEN '1-24h' WHEN hours < 72 THEN '24-72h' ELSE '>72h' END AS bucket,
                   avg((next.score >= 7)::INT) AS rate, count(*) AS followed
            FROM detractor
            WHERE hours IS NOT NULL AND datediff('day', responded_at, next.responded_at) BETWEEN 30 AND 90
            GROUP BY ALL ORDER BY bucket
            """);
        var buckets = result.Column<string>("bucket");
        return Enumerable.Range(0, result.RowCount).ToDictionary(
            i => buckets[i],
            i => (Convert.ToDouble(result["rate"].GetValue(i), System.Globalization.CultureInfo.InvariantCulture),
                  Convert.ToInt64(result["followed"].GetValue(i), System.Globalization.CultureInfo.InvariantCulture)));
    }

    private double Ticket(string aggregate, string archetype, int from, int to) => seeded.Number($"""
        SELECT {aggregate} FROM fact_ticket WHERE account_id IN ({Accounts}) AND {Month("created_at")}
        """, archetype, seeded.WindowStart, from, to);

    private double Survey(string aggregate, string archetype, int from, int to) => seeded.Number($"""
        SELECT {aggregate} FROM fact_survey_response
        WHERE survey_type = 'nps' AND account_id IN ({Accounts}) AND {Month("responded_at")}
        """, archetype, seeded.WindowStart, from, to);

    private static string Month(string column) => $"datediff('month', $2, {column}) BETWEEN $3 AND $4";
}
