using System.Data.Common;
using DuckDB.NET.Native;
using DuckDB.NET.Data;
using Reporting.Core.Storage;
using Reporting.DuckDb;

namespace Reporting.Core.Tests.Schema;

/// <summary>The schema itself refuses what DATA.md calls invalid, as a last line behind ingest's validation.</summary>
public sealed class StarSchemaConstraintTests : IDisposable
{
    private readonly ReportingDatabase database = ReportingDatabase.OpenInMemory();
    private readonly DbConnection connection;

    public StarSchemaConstraintTests()
    {
        connection = database.Connect();
        connection.Execute("INSERT INTO dim_account (account_id, name, segment) VALUES ('A1', 'Acme', 'SMB')");
    }

    [Theory]
    [InlineData("nps", 11)]
    [InlineData("nps", -1)]
    [InlineData("csat", 0)]
    [InlineData("csat", 6)]
    [InlineData("ces", 8)]
    public void Scores_out_of_range_are_refused(string type, int score)
    {
        var error = Assert.Throws<DuckDBException>(() => connection.Execute(
            "INSERT INTO fact_survey_response (response_id, account_id, survey_type, score, responded_at) VALUES ('R1', 'A1', $1, $2, TIMESTAMP '2026-01-01')",
            type, score));

        Assert.Equal(DuckDBErrorType.Constraint, error.ErrorType);
        Assert.Contains("CHECK constraint", error.Message);
    }

    [Theory]
    [InlineData("nps", 0)]
    [InlineData("nps", 10)]
    [InlineData("csat", 1)]
    [InlineData("ces", 7)]
    public void Scores_at_the_bounds_are_accepted(string type, int score)
    {
        connection.Execute(
            "INSERT INTO fact_survey_response (response_id, account_id, survey_type, score, responded_at) VALUES ('R1', 'A1', $1, $2, TIMESTAMP '2026-01-01')",
            type, score);

        Assert.Equal(1L, connection.Query("SELECT count(*) FROM fact_survey_response").Scalar());
    }

    [Fact]
    public void A_first_response_before_creation_is_refused()
    {
        var error = Assert.Throws<DuckDBException>(() => connection.Execute(
            "INSERT INTO fact_ticket (ticket_id, account_id, priority, created_at, first_response_at) VALUES ('T1', 'A1', 'P1', TIMESTAMP '2026-01-02', TIMESTAMP '2026-01-01')"));

        Assert.Equal(DuckDBErrorType.Constraint, error.ErrorType);
    }

    [Fact]
    public void Reloading_a_natural_key_replaces_the_row()
    {
        connection.Execute("INSERT OR REPLACE INTO dim_account (account_id, name, segment) VALUES ('A1', 'Acme Corp', 'Enterprise')");

        var result = connection.Query("SELECT count(*) AS n, any_value(name) AS name, any_value(segment) AS segment FROM dim_account");
        Assert.Equal(1L, result["n"].GetValue(0));
        Assert.Equal("Acme Corp", result["name"].GetValue(0));
        Assert.Equal("Enterprise", result["segment"].GetValue(0));
    }

    public void Dispose()
    {
        connection.Dispose();
        database.Dispose();
    }
}
