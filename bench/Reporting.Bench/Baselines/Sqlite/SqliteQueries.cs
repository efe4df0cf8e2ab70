using Reporting.Bench.Cube;

namespace Reporting.Bench.Baselines.Sqlite;

/// <summary>
/// The five queries in SQLite, which has neither GROUPING SETS nor a percentile function: a
/// rollup is UNION ALL of its levels summed from one materialised pass over the detail groups
/// (valid because counts and sums add up; a subtotal of a ratio is still sum(numerator) /
/// sum(denominator)), and a continuous percentile is computed from ranks: row_number() over the
/// values in order, then interpolated between ranks floor(p·(n−1)) and the next, as
/// percentile_cont does. Times are stored as Unix seconds, so durations are differences.
/// </summary>
public static class SqliteQueries
{
    public const string Schema = """
        CREATE TABLE dim_account (account_id TEXT PRIMARY KEY, name TEXT, segment TEXT, region TEXT, tier TEXT, csm TEXT);
        CREATE TABLE fact_ticket (
            ticket_id TEXT, account_id TEXT, priority TEXT, channel TEXT, category TEXT, group_name TEXT, assignee TEXT,
            created_at INTEGER, first_response_at INTEGER, solved_at INTEGER, status TEXT,
            reopens INTEGER, assignee_stations INTEGER, group_stations INTEGER);
        CREATE TABLE fact_survey_response (
            response_id TEXT, account_id TEXT, survey_type TEXT, survey_kind TEXT, trigger TEXT, score INTEGER, responded_at INTEGER);
        """;

    public const string Note =
        "SQLite has no GROUPING SETS and no percentile: rollups are UNION ALL of levels summed from the detail groups, "
        + "percentiles are interpolated from row_number() ranks (window functions).";

    private const string Solved = "(t.solved_at IS NOT NULL OR t.reopens > 0)";

    public static string Sql(KpiQueryId id) => id switch
    {
        KpiQueryId.NpsBySegmentMonth => """
            WITH g AS MATERIALIZED (
                SELECT a.segment AS segment, strftime('%Y-%m-01', s.responded_at, 'unixepoch') AS month,
                       count(*) FILTER (WHERE s.survey_type = 'nps' AND s.score >= 9) AS promoters,
                       count(*) FILTER (WHERE s.survey_type = 'nps' AND s.score <= 6) AS detractors,
                       count(*) FILTER (WHERE s.survey_type = 'nps') AS responses
                FROM fact_survey_response s LEFT JOIN dim_account a ON a.account_id = s.account_id
                GROUP BY 1, 2)
            SELECT segment, month, 0, 100.0 * (promoters - detractors) / NULLIF(responses, 0), responses FROM g
            UNION ALL
            SELECT segment, NULL, 1, 100.0 * (sum(promoters) - sum(detractors)) / NULLIF(sum(responses), 0), sum(responses) FROM g GROUP BY segment
            UNION ALL
            SELECT NULL, NULL, 3, 100.0 * (sum(promoters) - sum(detractors)) / NULLIF(sum(responses), 0), sum(responses) FROM g
            """,
        KpiQueryId.FrtP90ByPriority => $"""
            WITH ranked AS (
                SELECT priority AS k, x, row_number() OVER (PARTITION BY priority ORDER BY x NULLS LAST) - 1 AS i,
                       count(x) OVER (PARTITION BY priority) AS n
                FROM (SELECT priority, CASE WHEN first_response_at IS NOT NULL THEN (first_response_at - created_at) / 60.0 END AS x FROM fact_ticket))
            {Interpolated("k")}
            FROM (SELECT *, 0.9 * (n - 1) AS pos, CAST(0.9 * (n - 1) AS INTEGER) AS lo FROM ranked)
            GROUP BY k
            """,
        KpiQueryId.ReopenRateByTier => $"""
            WITH g AS MATERIALIZED (
                SELECT a.tier AS tier, count(*) FILTER (WHERE {Solved} AND t.reopens > 0) AS reopened, count(*) FILTER (WHERE {Solved}) AS solved
                FROM fact_ticket t LEFT JOIN dim_account a ON a.account_id = t.account_id
                GROUP BY a.tier)
            SELECT tier, 0, 100.0 * reopened / NULLIF(solved, 0), solved FROM g
            UNION ALL
            SELECT NULL, 1, 100.0 * sum(reopened) / NULLIF(sum(solved), 0), sum(solved) FROM g
            """,
        KpiQueryId.HandoffsByCsm => """
            SELECT a.csm, 0, avg(max(coalesce(t.assignee_stations, 1) - 1, 0)), count(*)
            FROM fact_ticket t LEFT JOIN dim_account a ON a.account_id = t.account_id
            GROUP BY a.csm
            """,
        KpiQueryId.HealthInputsByAccount => $"""
            WITH ranked AS (
                SELECT account_id AS k, x, solved, reopened, handoffs,
                       row_number() OVER (PARTITION BY account_id ORDER BY x NULLS LAST) - 1 AS i,
                       count(x) OVER (PARTITION BY account_id) AS n
                FROM (SELECT t.account_id, CASE WHEN t.first_response_at IS NOT NULL THEN (t.first_response_at - t.created_at) / 60.0 END AS x,
                             {Solved} AS solved, t.reopens > 0 AS reopened, max(coalesce(t.assignee_stations, 1) - 1, 0) AS handoffs
                      FROM fact_ticket t))
            {Interpolated("k")},
                   100.0 * sum(solved AND reopened) / NULLIF(sum(solved), 0), sum(solved), avg(handoffs), count(*)
            FROM (SELECT *, 0.5 * (n - 1) AS pos, CAST(0.5 * (n - 1) AS INTEGER) AS lo FROM ranked)
            GROUP BY k
            """,
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "no SQLite query written for it"),
    };

    /// <summary>
    /// percentile_cont from ranked rows: x at rank lo weighted 1 − (pos − lo), plus x at rank lo + 1
    /// weighted pos − lo; NULLs (rows the measure skips) rank last, and n counts only values, so a
    /// group without any value answers NULL with n = 0, as the cube does.
    /// </summary>
    private static string Interpolated(string key) => $"""
        SELECT {key}, 0,
               sum(CASE WHEN i = lo THEN x * (1 - (pos - lo)) WHEN i = lo + 1 THEN x * (pos - lo) END), max(n)
        """;
}
