using Reporting.Bench.Cube;

namespace Reporting.Bench.Baselines.Postgres;

/// <summary>
/// The five queries as a PostgreSQL user would write them by hand: the cube's definitions
/// (KPIS.md), subtotals with GROUPING SETS, percentile_cont for the percentiles, durations as
/// float8 minutes, and only the joins a query needs. Each answers the key columns, their
/// GROUPING() bits, then each measure and its observations, as <see cref="KpiAnswer.Read"/> reads.
/// </summary>
public static class PostgresQueries
{
    public const string Schema = """
        CREATE UNLOGGED TABLE dim_account (account_id text PRIMARY KEY, name text, segment text, region text, tier text, csm text);
        CREATE UNLOGGED TABLE fact_ticket (
            ticket_id text, account_id text, priority text, channel text, category text, group_name text, assignee text,
            created_at timestamp, first_response_at timestamp, solved_at timestamp, status text,
            reopens integer, assignee_stations integer, group_stations integer);
        CREATE UNLOGGED TABLE fact_survey_response (
            response_id text, account_id text, survey_type text, survey_kind text, trigger text, score smallint, responded_at timestamp);
        """;

    private const string FrtMinutes = "extract(epoch FROM t.first_response_at - t.created_at)::float8 / 60";
    private const string Solved = "(t.solved_at IS NOT NULL OR t.reopens > 0)";
    private const string Handoffs = "greatest(coalesce(t.assignee_stations, 1) - 1, 0)";

    public static string Sql(KpiQueryId id) => id switch
    {
        KpiQueryId.NpsBySegmentMonth => """
            SELECT segment, month, GROUPING(segment, month),
                   100.0 * (count(*) FILTER (WHERE survey_type = 'nps' AND score >= 9) - count(*) FILTER (WHERE survey_type = 'nps' AND score <= 6))
                       / NULLIF(count(*) FILTER (WHERE survey_type = 'nps'), 0),
                   count(*) FILTER (WHERE survey_type = 'nps')
            FROM (SELECT a.segment, date_trunc('month', s.responded_at)::date AS month, s.survey_type, s.score
                  FROM fact_survey_response s LEFT JOIN dim_account a ON a.account_id = s.account_id) answers
            GROUP BY GROUPING SETS ((segment, month), (segment), ())
            """,
        KpiQueryId.FrtP90ByPriority => $"""
            SELECT t.priority, 0,
                   percentile_cont(0.9) WITHIN GROUP (ORDER BY {FrtMinutes}) FILTER (WHERE t.first_response_at IS NOT NULL),
                   count(*) FILTER (WHERE t.first_response_at IS NOT NULL)
            FROM fact_ticket t
            GROUP BY t.priority
            """,
        KpiQueryId.ReopenRateByTier => $"""
            SELECT a.tier, GROUPING(a.tier),
                   100 * (count(*) FILTER (WHERE {Solved} AND t.reopens > 0))::float8 / NULLIF(count(*) FILTER (WHERE {Solved}), 0),
                   count(*) FILTER (WHERE {Solved})
            FROM fact_ticket t LEFT JOIN dim_account a ON a.account_id = t.account_id
            GROUP BY GROUPING SETS ((a.tier), ())
            """,
        KpiQueryId.HandoffsByCsm => $"""
            SELECT a.csm, 0, avg({Handoffs}), count(*)
            FROM fact_ticket t LEFT JOIN dim_account a ON a.account_id = t.account_id
            GROUP BY a.csm
            """,
        KpiQueryId.HealthInputsByAccount => $"""
            SELECT t.account_id, 0,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY {FrtMinutes}) FILTER (WHERE t.first_response_at IS NOT NULL),
                   count(*) FILTER (WHERE t.first_response_at IS NOT NULL),
                   100 * (count(*) FILTER (WHERE {Solved} AND t.reopens > 0))::float8 / NULLIF(count(*) FILTER (WHERE {Solved}), 0),
                   count(*) FILTER (WHERE {Solved}),
                   avg({Handoffs}), count(*)
            FROM fact_ticket t
            GROUP BY t.account_id
            """,
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "no PostgreSQL query written for it"),
    };
}
