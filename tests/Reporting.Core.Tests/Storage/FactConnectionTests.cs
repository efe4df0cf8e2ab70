using Reporting.Core.Access;
using Reporting.Core.Sql;
using Reporting.Core.Storage;
using Reporting.Core.Tests.Engines;
using Reporting.DuckDb;

namespace Reporting.Core.Tests.Storage;

/// <summary>
/// The facts' connection on each engine, with ScopedConnectionTests' fixture: A1 of Ana, A2 of
/// ben@example.com (written in capitals), A3 of Cy; two tickets and one NPS answer each (A2's a
/// detractor with a case), each answer's comment "said by" its account.
/// </summary>
public abstract class FactConnectionTests : IDisposable
{
    private readonly ReportingDatabase database;

    protected FactConnectionTests(TestEngine engine)
    {
        database = TestEngines.Open(engine);
        using (var connection = database.Connect())
        {
            connection.Execute("""
                INSERT INTO dim_account (account_id, name, segment, csm) VALUES ('A1', 'Alpha', 'SMB', 'Ana'), ('A2', 'Beta', 'SMB', ' BEN@example.com'), ('A3', 'Gamma', 'SMB', 'Cy');
                INSERT INTO fact_ticket (ticket_id, account_id, priority, status, created_at)
                    SELECT 'T' || a || i, 'A' || a, 'P3', 'solved', TIMESTAMPTZ '2026-01-01 00:00:00+00' FROM range(1, 4) r(a), range(2) s(i);
                INSERT INTO fact_survey_response (response_id, account_id, survey_type, score, responded_at) VALUES
                    ('N1', 'A1', 'nps', 9, '2026-01-02'), ('N2', 'A2', 'nps', 2, '2026-01-02'), ('N3', 'A3', 'nps', 7, '2026-01-02');
                UPDATE fact_survey_response SET comment = 'said by ' || account_id;
                INSERT INTO fact_detractor_case (case_id, response_id, opened_at) VALUES ('C2', 'N2', '2026-01-03');
                """);
        }
        TestEngines.Publish(database);
    }

    protected ReportingDatabase Database => database;

    [Fact]
    public void A_book_reads_only_its_accounts_in_every_table_and_view_it_names()
    {
        using var _ = AccessScope.Enter(AccessScope.ForBook(["ana", "Ben@Example.com"]));
        using var facts = database.ConnectFacts();

        Assert.Equal(["A1", "A2"], Strings(facts, "SELECT account_id FROM dim_account ORDER BY 1"));
        Assert.Equal(4L, Count(facts, "SELECT count(*) FROM fact_ticket"));
        Assert.Equal(["N1", "N2"], Strings(facts, "SELECT response_id FROM fact_survey_response ORDER BY 1"));
        Assert.Equal(["C2"], Strings(facts, "SELECT case_id FROM fact_detractor_case"));
        Assert.Equal(["N2"], Strings(facts, "SELECT response_id FROM detractor_responses"));
    }

    [Fact]
    public void Accounts_named_outright_are_read_whoever_their_csm_in_joins_and_subqueries_too()
    {
        using var _ = AccessScope.Enter(AccessScope.ForAccounts(["A3"]));
        using var facts = database.ConnectFacts();

        Assert.Equal(["A3"], Strings(facts, "SELECT DISTINCT t.account_id FROM fact_ticket t JOIN dim_account a ON a.account_id = t.account_id"));
        Assert.Equal(2L, Count(facts, "SELECT (SELECT count(*) FROM fact_ticket) + (SELECT count(*) FROM fact_detractor_case)"));
        Assert.Equal(["N3 2"], Strings(facts, """
            WITH answered AS (SELECT account_id, response_id FROM fact_survey_response)
            SELECT response_id || ' ' || CAST((SELECT count(*) FROM fact_ticket t WHERE t.account_id = x.account_id) AS VARCHAR) FROM answered x
            """));
    }

    [Fact]
    public void Nothing_reads_no_row_and_leaving_the_scope_reads_all_again()
    {
        using (AccessScope.Enter(AccessScope.Nothing))
        {
            using var scoped = database.ConnectFacts();
            Assert.Equal(0L, Count(scoped, "SELECT count(*) FROM fact_ticket"));
            Assert.Equal(0L, Count(scoped, "SELECT count(*) FROM dim_account"));
        }
        using var facts = database.ConnectFacts();
        Assert.Equal(6L, Count(facts, "SELECT count(*) FROM fact_ticket"));
    }

    [Fact]
    public void Without_verbatims_every_comment_reads_as_null_and_every_row_stays()
    {
        using (AccessScope.Enter(AccessScope.All.WithoutVerbatims()))
        {
            using var viewer = database.ConnectFacts();
            Assert.Equal(["3 0"], Strings(viewer, "SELECT CAST(count(*) AS VARCHAR) || ' ' || CAST(count(comment) AS VARCHAR) FROM fact_survey_response"));
            Assert.Equal(6L, Count(viewer, "SELECT count(*) FROM fact_ticket"));
        }
        using (AccessScope.Enter(AccessScope.ForBook(["ana"]).WithoutVerbatims()))
        {
            using var scoped = database.ConnectFacts();
            Assert.Equal(["N1 "], Strings(scoped, "SELECT response_id || ' ' || coalesce(comment, '') FROM fact_survey_response"));
        }
        using var everything = database.ConnectFacts();
        Assert.Equal(["said by A1", "said by A2", "said by A3"], Strings(everything, "SELECT comment FROM fact_survey_response ORDER BY 1"));
    }

    [Fact]
    public void Values_are_bound_whatever_they_hold()
    {
        using var facts = database.ConnectFacts();

        Assert.Equal(0L, Count(facts, "SELECT count(*) FROM dim_account WHERE name = $1", "x' OR '1'='1"));
        Assert.Equal(["</script>\"\\'"], Strings(facts, "SELECT $1", "</script>\"\\'"));
        Assert.Equal(["A2"], Strings(facts, "SELECT account_id FROM dim_account WHERE lower(trim(csm)) = $1 AND $2 IS NULL", "ben@example.com", null));
        Assert.Equal(new DateOnly(2100, 12, 31), facts.Query("SELECT CAST($1 AS DATE) AS d", new DateOnly(2100, 12, 31)).Scalar());
    }

    public void Dispose() => database.Dispose();

    protected static long Count(FactConnection facts, string sql, params object?[] values) => Convert.ToInt64(facts.Query(sql, values).Scalar());

    protected static string[] Strings(FactConnection facts, string sql, params object?[] values)
    {
        var rows = facts.Query(sql, values);
        return Enumerable.Range(0, rows.RowCount).Select(i => rows.Columns[0].GetValue(i)!.ToString()!).ToArray();
    }
}

public sealed class FactConnectionTestsOnDuckDb() : FactConnectionTests(TestEngine.DuckDb);

public sealed class FactConnectionTestsOnClickHouse() : FactConnectionTests(TestEngine.ClickHouse)
{
    [Fact]
    public void A_function_without_a_translation_is_refused_by_name()
    {
        using var facts = Database.ConnectFacts();

        var error = Assert.Throws<SqlTranslationException>(() => facts.Query("SELECT bool_or(score > 8) FROM fact_survey_response"));
        Assert.Contains("bool_or()", error.Message);
    }

    [Fact]
    public void A_scoped_read_may_not_name_a_table_with_its_database()
    {
        using var _ = AccessScope.Enter(AccessScope.ForBook(["ana"]));
        using var facts = Database.ConnectFacts();
        var warehouse = Database.Warehouse!.Database;

        var error = Assert.Throws<InvalidOperationException>(() => facts.Query($"SELECT count(*) FROM \"{warehouse}\".fact_ticket"));
        Assert.Contains($"names {warehouse}.fact_ticket", error.Message);
        Assert.Equal(2L, Count(facts, "SELECT count(*) FROM fact_ticket t WHERE t.account_id = 'A1'"));
    }

    [Fact]
    public void A_date_past_what_clickhouse_holds_is_refused_not_wrapped_around()
    {
        using var facts = Database.ConnectFacts();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => facts.Query("SELECT CAST($1 AS DATE)", new DateOnly(9999, 12, 31)));
        Assert.Contains("Parameter 1", error.Message);
    }

    [Fact]
    public void A_placeholder_without_its_value_is_an_error_naming_it()
    {
        using var facts = Database.ConnectFacts();

        var error = Assert.Throws<SqlTranslationException>(() => facts.Query("SELECT $2", "one"));
        Assert.Contains("$2", error.Message);
    }
}
