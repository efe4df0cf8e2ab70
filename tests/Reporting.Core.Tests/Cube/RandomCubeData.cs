using System.Data.Common;
using Reporting.Core.Cube.Querying;
using Reporting.DuckDb;

namespace Reporting.Core.Tests.Cube;

/// <summary>
/// Accounts, tickets and survey answers drawn from one seed, kept in memory (for the reference
/// computations) and inserted into a database. The data is small but uneven on purpose: groups of
/// very different sizes, NULL tiers and CSMs, unanswered and unsolved tickets, and a few tickets of
/// an account missing from dim_account, so that NULL groups sit beside the NULLs of subtotals.
/// </summary>
public sealed record RandomCubeData(IReadOnlyList<RandomAccount> Accounts, IReadOnlyList<RandomTicket> Tickets, IReadOnlyList<RandomAnswer> Answers)
{
    private static readonly DateTime Start = new(2026, 1, 1);

    public static RandomCubeData Generate(int seed)
    {
        var random = new Random(seed);
        var accounts = Enumerable.Range(1, random.Next(1, 7)).Select(i => Account(random, i)).ToList();
        // An empty fact table now and then: totals must still come out (as zero counts and NULL ratios).
        var tickets = Enumerable.Range(1, random.Next(8) == 0 ? 0 : random.Next(1, 90)).Select(i => Ticket(random, accounts, i)).ToList();
        var answers = Enumerable.Range(1, random.Next(8) == 0 ? 0 : random.Next(1, 70)).Select(i => Answer(random, accounts, i)).ToList();
        return new RandomCubeData(accounts, tickets, answers);
    }

    /// <summary>The rows dated within <paramref name="range"/> (inclusive days), as a query's date range keeps them.</summary>
    public RandomCubeData Within(DateRange range)
    {
        var (from, until) = (range.From.ToDateTime(TimeOnly.MinValue), range.To.AddDays(1).ToDateTime(TimeOnly.MinValue));
        return this with
        {
            Tickets = Tickets.Where(t => t.CreatedAt >= from && t.CreatedAt < until).ToList(),
            Answers = Answers.Where(a => a.RespondedAt >= from && a.RespondedAt < until).ToList(),
        };
    }

    /// <summary>Whether the cube's fact table has any row.</summary>
    public bool HasRows(string cube) => cube switch
    {
        "tickets" => Tickets.Count > 0,
        "surveys" => Answers.Count > 0,
        _ => throw new ArgumentOutOfRangeException(nameof(cube), cube, "random data fills the tickets and surveys cubes only"),
    };

    /// <summary>
    /// Appends the rows to staging tables of this layout, then copies them into the star schema by
    /// column name: an appender is ten times faster than bound VALUES, and the star schema may gain
    /// columns without this changing.
    /// </summary>
    public void Insert(DbConnection connection)
    {
        Stage(connection, "account", "account_id VARCHAR, segment VARCHAR, tier VARCHAR, csm VARCHAR", Accounts,
            (a, row) => row.Append(a.Id).Append(a.Segment).Append(a.Tier).Append(a.Csm));
        connection.Execute("INSERT INTO dim_account (account_id, name, segment, tier, csm) SELECT account_id, account_id, segment, tier, csm FROM staged_account");
        Stage(connection, "ticket", """
            ticket_id VARCHAR, account_id VARCHAR, priority VARCHAR, channel VARCHAR, created_at TIMESTAMP,
            first_response_at TIMESTAMP, solved_at TIMESTAMP, status VARCHAR, reopens INTEGER, assignee_stations INTEGER
            """, Tickets,
            (t, row) => row.Append(t.Id).Append(t.AccountId).Append(t.Priority).Append(t.Channel).Append(t.CreatedAt)
                .Append(t.FirstResponseMinutes is { } minutes ? t.CreatedAt.AddMinutes(minutes) : null)
                .Append(t.SolvedHours is { } hours ? t.CreatedAt.AddHours(hours) : null)
                .Append(t.SolvedHours is null ? "open" : "solved").Append(t.Reopens).Append(t.AssigneeStations));
        connection.Execute("""
            INSERT INTO fact_ticket (ticket_id, account_id, priority, channel, created_at, first_response_at, solved_at, status, reopens, assignee_stations)
            SELECT * FROM staged_ticket
            """);
        Stage(connection, "answer", "response_id VARCHAR, account_id VARCHAR, survey_type VARCHAR, score INTEGER, responded_at TIMESTAMP", Answers,
            (a, row) => row.Append(a.Id).Append(a.AccountId).Append(a.SurveyType).Append(a.Score).Append(a.RespondedAt));
        connection.Execute("INSERT INTO fact_survey_response (response_id, account_id, survey_type, score, responded_at) SELECT * FROM staged_answer");
    }

    private static void Stage<T>(DbConnection connection, string name, string columns, IEnumerable<T> rows, Action<T, DuckDbAppender> append)
    {
        connection.Execute($"CREATE OR REPLACE TEMP TABLE staged_{name} ({columns})");
        using var appender = connection.CreateCheckedAppender($"staged_{name}");
        foreach (var row in rows)
        {
            append(row, appender);
            appender.EndRow();
        }
    }

    private static RandomAccount Account(Random random, int index) => new(
        $"A{index}",
        Pick(random, "SMB", "Mid-Market", "Enterprise"),
        Pick(random, "Standard", "Premium", "Platinum", null),
        Pick(random, "Ada", "Grace", null));

    private static RandomTicket Ticket(Random random, IReadOnlyList<RandomAccount> accounts, int index) => new(
        $"T{index}",
        // About one ticket in twenty belongs to an account the dimension table does not know.
        random.Next(20) == 0 ? "A-unknown" : accounts[random.Next(accounts.Count)].Id,
        Pick(random, "P1", "P2", "P3", "P3", "P4"),
        Pick(random, "email", "chat", "phone", null),
        Start.AddMinutes(random.Next(0, 150 * 24 * 60)),
        // Whole minutes and hours keep every median and percentile exact in binary floating point.
        random.Next(5) == 0 ? null : random.Next(1, 600),
        random.Next(10) < 3 ? null : random.Next(1, 200),
        Pick(random, 0, 0, 0, 0, 1, 2),
        random.Next(8) == 0 ? null : random.Next(0, 5));

    private static RandomAnswer Answer(Random random, IReadOnlyList<RandomAccount> accounts, int index)
    {
        var type = Pick(random, "nps", "nps", "nps", "csat", "ces");
        var score = type switch { "nps" => random.Next(0, 11), "csat" => random.Next(1, 6), _ => random.Next(1, 8) };
        return new RandomAnswer($"R{index}", accounts[random.Next(accounts.Count)].Id, type, score, Start.AddMinutes(random.Next(0, 150 * 24 * 60)));
    }

    private static T Pick<T>(Random random, params T[] choices) => choices[random.Next(choices.Length)];
}

public sealed record RandomAccount(string Id, string Segment, string? Tier, string? Csm);

/// <summary>A ticket; a null first response or solve means the ticket has none yet.</summary>
public sealed record RandomTicket(string Id, string AccountId, string Priority, string? Channel, DateTime CreatedAt,
    int? FirstResponseMinutes, int? SolvedHours, int Reopens, int? AssigneeStations);

public sealed record RandomAnswer(string Id, string AccountId, string SurveyType, int Score, DateTime RespondedAt);
