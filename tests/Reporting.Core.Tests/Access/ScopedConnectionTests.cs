using Reporting.DuckDb;
using Reporting.Core.Access;
using Reporting.Core.Storage;

namespace Reporting.Core.Tests.Access;

/// <summary>
/// The scoped DuckDB connection beyond what FactConnectionTests shows on both engines (each table
/// restricted, accounts by name or e-mail, verbatims): qualified names, writes, scope keys. Three accounts: A1 of Ana (by name), A2 of ben@example.com (by e-mail, written in capitals), A3 of
/// Cy. Two tickets and one NPS answer each; A2's answer has a detractor case.
/// </summary>
public sealed class ScopedConnectionTests : IDisposable
{
    private readonly ReportingDatabase database = ReportingDatabase.OpenInMemory();

    public ScopedConnectionTests()
    {
        using var connection = database.Connect();
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

    [Fact]
    public void A_name_qualified_with_the_main_schema_reads_through_the_scope_too()
    {
        using var _ = AccessScope.Enter(AccessScope.ForBook(["ana", "Ben@Example.com"]));
        using var connection = database.Connect();

        Assert.Equal(["N1", "N2"], Strings(connection, "SELECT response_id FROM main.fact_survey_response ORDER BY 1"));
        Assert.Equal(["C2"], Strings(connection, "SELECT case_id FROM main.fact_detractor_case"));
    }

    [Fact]
    public void A_scoped_connection_cannot_write_facts()
    {
        using var _ = AccessScope.Enter(AccessScope.ForBook(["ana"]));
        using var connection = database.Connect();

        Assert.ThrowsAny<Exception>(() => connection.Execute("DELETE FROM fact_ticket"));
    }

    [Fact]
    public void Scopes_key_equal_when_equal_and_differ_otherwise()
    {
        Assert.Equal(AccessScope.ForBook(["Ana", "ben"]).Key, AccessScope.ForBook(["BEN", " ana "]).Key);
        Assert.NotEqual(AccessScope.ForBook(["ana"]).Key, AccessScope.ForAccounts(["ana"]).Key);
        Assert.NotEqual(AccessScope.Nothing.Key, AccessScope.All.Key);
        Assert.NotEqual(AccessScope.All.Key, AccessScope.All.WithoutVerbatims().Key);
    }

    public void Dispose() => database.Dispose();

    private static string[] Strings(System.Data.Common.DbConnection connection, string sql)
    {
        var rows = connection.Query(sql);
        return Enumerable.Range(0, rows.RowCount).Select(i => rows.Columns[0].GetValue(i)!.ToString()!).ToArray();
    }
}
