using Reporting.DuckDb;
using Reporting.Core.Storage;

namespace Reporting.Bench.Cube;

/// <summary>
/// Fills a reporting database straight with SQL (no CSV, no loader: the cube benchmark measures
/// queries, and INSERT … SELECT FROM range(N) writes 10M rows in well under a minute): 200 accounts
/// over three segments, three tiers and twelve CSMs; N tickets with the shapes of
/// <see cref="Loading.SyntheticTickets"/> (P1–P4 at 5/20/50/25 %, a few unanswered and unsolved);
/// and N survey answers, NPS, CSAT and CES, over two years.
/// </summary>
public static class SyntheticCubeData
{
    public const int Accounts = 200;

    public static void Write(ReportingDatabase database, long tickets, long answers)
    {
        using var connection = database.Connect();
        connection.Execute($"""
            INSERT INTO dim_account (account_id, name, segment, region, tier, csm)
            SELECT 'A' || i, 'Account ' || i,
                   CASE WHEN i % 10 < 6 THEN 'SMB' WHEN i % 10 < 9 THEN 'Mid-Market' ELSE 'Enterprise' END,
                   (['EMEA', 'NA', 'APAC'])[i % 3 + 1],
                   (['Standard', 'Premium', 'Platinum'])[(hash(i) % 3)::BIGINT + 1],
                   'csm' || (i % 12 + 1)
            FROM range(1, {Accounts + 1}) r(i)
            """);
        connection.Execute(TicketsSql(tickets));
        connection.Execute(AnswersSql(answers));
        connection.Execute("CHECKPOINT");
    }

    // Numbers only are interpolated (the row counts); everything else is fixed SQL.
    private static string TicketsSql(long rows) => $"""
        INSERT INTO fact_ticket (ticket_id, account_id, priority, channel, category, group_name, assignee, created_at,
                                 first_response_at, solved_at, status, reopens, assignee_stations, group_stations)
        SELECT 'T' || i, 'A' || (h1 % {Accounts} + 1),
               CASE WHEN i % 20 = 0 THEN 'P1' WHEN i % 5 = 1 THEN 'P2' WHEN i % 4 = 2 THEN 'P4' ELSE 'P3' END,
               (['email', 'chat', 'phone', 'web'])[i % 4 + 1],
               (['billing', 'bug', 'how-to', 'outage'])[h2 % 4 + 1],
               'Tier ' || (i % 3 + 1), 'agent' || (h3 % 40),
               created,
               CASE WHEN h4 % 50 = 0 THEN NULL ELSE created + to_minutes(h4 % 600 + 5) END,
               CASE WHEN h5 % 10 < 8 THEN created + to_hours(h5 % 96 + 1) END,
               CASE WHEN h5 % 10 < 8 THEN 'solved' ELSE 'open' END,
               CASE WHEN h6 % 10 = 0 THEN 1 ELSE 0 END,
               h7 % 3 + 1, h8 % 2 + 1
        FROM ({Loading.SyntheticTickets.TicketRows(rows)})
        """;

    /// <summary>Three NPS answers in five, the rest CSAT and CES, each score within its survey's scale.</summary>
    private static string AnswersSql(long rows) => $"""
        INSERT INTO fact_survey_response (response_id, account_id, survey_type, survey_kind, trigger, score, responded_at)
        SELECT 'R' || i, 'A' || (h1 % {Accounts} + 1), survey_type,
               CASE WHEN survey_type = 'nps' THEN 'relational' ELSE 'transactional' END,
               CASE WHEN survey_type = 'nps' THEN 'quarterly' ELSE 'post_support' END,
               CASE survey_type WHEN 'nps' THEN h2 % 11 WHEN 'csat' THEN h2 % 5 + 1 ELSE h2 % 7 + 1 END,
               TIMESTAMP '2025-01-01' + to_seconds((hash(i + 13) % 63000000)::BIGINT)
        FROM (
            SELECT i, (['nps', 'nps', 'nps', 'csat', 'ces'])[i % 5 + 1] AS survey_type,
                   (hash(i + 11) % 1000003)::BIGINT AS h1, (hash(i + 12) % 1000003)::BIGINT AS h2
            FROM range({rows}) r(i))
        """;
}
