using Reporting.Core.Ingest;

namespace Reporting.Core.Tests.Ingest;

/// <summary>Error lines follow the file as DuckDB's sniffer read it, whatever its quoting.</summary>
public sealed class CsvLineNumberTests : IDisposable
{
    private readonly IngestFixture fixture = new();

    public CsvLineNumberTests() => fixture.LoadAccounts();

    [Fact]
    public void A_stray_quote_inside_a_field_is_text_not_the_start_of_a_quoted_field()
    {
        var path = fixture.Write("s.csv", "response_id,account_id,survey_type,score,comment,responded_at\n" +
            "R1,A1,nps,9,a 12\" screen,2026-03-01T00:00:00Z\n" +
            "R2,A1,nps,11,ok,2026-03-01T00:00:00Z\n");

        var report = fixture.Load(FactKind.Surveys, path);

        Assert.Equal(new LoadError(path, 3, "score", "11", "NPS scores are 0 to 10"), Assert.Single(report.Errors));
    }

    [Fact]
    public void Doubled_quotes_inside_a_quoted_field_keep_it_open_across_lines()
    {
        var path = fixture.Write("s.csv", "response_id,account_id,survey_type,score,comment,responded_at\n" +
            "R1,A1,nps,9,\"she said \"\"call me\"\"\nlater\",2026-03-01T00:00:00Z\n" +
            "R2,A1,nps,11,ok,2026-03-01T00:00:00Z\n");

        var report = fixture.Load(FactKind.Surveys, path);

        Assert.Equal(4, Assert.Single(report.Errors).Line);
    }

    [Fact]
    public void Single_quoted_fields_are_read_with_the_quote_duckdb_found()
    {
        var path = fixture.Write("s.csv", "response_id,account_id,survey_type,score,comment,responded_at\n" +
            "R1,A1,nps,9,'good, really\nvery good',2026-03-01T00:00:00Z\n" +
            "R2,A1,nps,11,'ok, fine',2026-03-01T00:00:00Z\n");

        var report = fixture.Load(FactKind.Surveys, path);

        Assert.Equal((4L, "11"), (Assert.Single(report.Errors).Line, report.Errors[0].Value));
    }

    public void Dispose() => fixture.Dispose();
}
