using Reporting.Core.Ebr;
using Reporting.Core.Tests.Engines;
using Reporting.Core.Tests.Kpis;
using Reporting.DuckDb;

namespace Reporting.Core.Tests.Ebr;

/// <summary>
/// The EBR's closed cases over kpi_fixture.sql for A1 in March 2026, on each engine: K1 (R01, score 3, C11 the
/// champion) closed on 20 March, K2 (R02, score 5, C12 the executive, "Too slow") on 31 March, and KX1–KX8 for
/// eight more answers of C13 (score 4, 1 February) closed on 11 to 18 March; K3 (A2) closed in March too.
/// </summary>
public abstract class EbrClosedCasesTests : IDisposable
{
    private protected static readonly DateOnly March = new(2026, 3, 1);

    private protected static readonly DateOnly EndOfMarch = new(2026, 3, 31);

    /// <summary>
    /// Ten cases closed in March, the newest eight shown (KX2 and KX1 left out). R01's next answer R08 (9) came 50 days
    /// later, R02's R09 (6) 41 days later: both follow-ups. C13's next answer after 1 February, R15, came 14 days later: none.
    /// </summary>
    private protected static readonly string[] Newest =
    [
        "K2 2026-01-15 5 executive Too slow technical performance escalated 2026-03-31 6",
        "K1 2026-01-10 3 champion - collaboration recovered 2026-03-20 9",
        .. Enumerable.Range(3, 6).Select(i => $"KX{11 - i} 2026-02-01 4 user - - - 2026-03-{21 - i} -"),
    ];

    private protected readonly KpiFixture fixture;

    protected EbrClosedCasesTests(TestEngine engine)
    {
        fixture = new KpiFixture(engine);
        using (var connection = fixture.Database.Connect())
        {
            connection.Execute("""
                UPDATE fact_detractor_case SET closed_at = TIMESTAMP '2026-03-20 10:00', outcome = 'recovered' WHERE case_id = 'K1';
                UPDATE fact_detractor_case SET closed_at = TIMESTAMP '2026-03-31 18:00', outcome = 'escalated' WHERE case_id = 'K2';
                UPDATE fact_detractor_case SET closed_at = TIMESTAMP '2026-03-10 10:00' WHERE case_id = 'K3';
                UPDATE fact_survey_response SET comment = 'Too slow' WHERE response_id = 'R02';
                INSERT INTO fact_survey_response (response_id, account_id, contact_id, survey_type, score, responded_at)
                    SELECT 'X' || i, 'A1', 'C13', 'nps', 4, TIMESTAMP '2026-02-01 10:00' FROM range(1, 9) r(i);
                INSERT INTO fact_detractor_case (case_id, response_id, opened_at, closed_at)
                    SELECT 'KX' || i, 'X' || i, TIMESTAMP '2026-02-01 10:05', TIMESTAMP '2026-03-10 09:00' + to_days(i) FROM range(1, 9) r(i);
                """);
        }
        TestEngines.Publish(fixture.Database);
    }

    [Fact]
    public void The_newest_eight_of_the_accounts_cases_closed_in_the_period_with_the_score_after()
    {
        var (count, newest) = EbrClosedCases.Read(fixture.Database, "A1", March, EndOfMarch, CancellationToken.None);

        Assert.Equal(10L, count);
        Assert.Equal(Newest, Lines(newest));
    }

    [Fact]
    public void An_account_without_cases_closed_in_the_period_has_none()
    {
        var (count, newest) = EbrClosedCases.Read(fixture.Database, "A1", new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30), CancellationToken.None);

        Assert.Equal((0L, 0), (count, newest.Count));
    }

    private protected static IEnumerable<string> Lines(IEnumerable<EbrClosedCase> cases) => cases.Select(c =>
        $"{c.CaseId} {c.RespondedOn:yyyy-MM-dd} {c.Score} {c.Role ?? "-"} {c.Comment ?? "-"} {c.Category ?? "-"} {c.Outcome ?? "-"} {c.ClosedOn:yyyy-MM-dd} {(object?)c.FollowUpScore ?? "-"}");

    public void Dispose() => fixture.Dispose();
}

public sealed class EbrClosedCasesTestsOnDuckDb() : EbrClosedCasesTests(TestEngine.DuckDb);

public sealed class EbrClosedCasesTestsOnClickHouse() : EbrClosedCasesTests(TestEngine.ClickHouse)
{
    [Fact]
    public void The_cases_come_from_the_warehouse_not_the_local_file()
    {
        using (var connection = fixture.Database.Connect())
        {
            connection.Execute("DELETE FROM fact_detractor_case; DELETE FROM fact_survey_response; DELETE FROM dim_contact");
        }

        var (count, newest) = EbrClosedCases.Read(fixture.Database, "A1", March, EndOfMarch, CancellationToken.None);

        Assert.Equal(10L, count);
        Assert.Equal(Newest, Lines(newest));
    }
}
