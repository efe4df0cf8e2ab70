using Reporting.DuckDb;
using System.Text;
using Reporting.Core.Ingest;

namespace Reporting.Core.Tests.Ingest;

/// <summary>The same three responses as CSV (plain, or as Excel writes it), JSON lines and Parquet load the same rows.</summary>
public sealed class FileFormatTests : IDisposable
{
    private const string Columns = "response_id, account_id, survey_type, score, comment, responded_at, trigger";

    private const string Csv = """"
        response_id,account_id,survey_type,score,comment,responded_at,trigger
        R1,A1,nps,9,"Fast, friendly; thanks
        again",2026-03-01T09:30:00Z,quarterly
        R2,Globex,csat,4,,2026-03-02T10:00:00+02:00,post_support
        R3,A3,ces,2,"He said ""easy""",2026-03-03 12:00:00,post_support

        """";

    // Excel's "CSV UTF-8" in a locale whose list separator is ';': a BOM, CRLF between records, LF inside a cell.
    private const string ExcelCsv =
        "response_id;account_id;survey_type;score;comment;responded_at;trigger\r\n" +
        "R1;A1;nps;9;\"Fast, friendly; thanks\nagain\";2026-03-01T09:30:00Z;quarterly\r\n" +
        "R2;Globex;csat;4;;2026-03-02T10:00:00+02:00;post_support\r\n" +
        "R3;A3;ces;2;\"He said \"\"easy\"\"\";2026-03-03 12:00:00;post_support\r\n";

    // Keys in any order, JSON numbers, an explicit null and a key left out.
    private const string JsonLines = """
        {"response_id":"R1","account_id":"A1","survey_type":"nps","score":9,"comment":"Fast, friendly; thanks\nagain","responded_at":"2026-03-01T09:30:00Z","trigger":"quarterly","sent_at":null}
        {"response_id":"R2","account_id":"Globex","survey_type":"csat","score":4,"responded_at":"2026-03-02T10:00:00+02:00","trigger":"post_support"}
        {"trigger":"post_support","response_id":"R3","account_id":"A3","survey_type":"ces","score":2,"comment":"He said \"easy\"","responded_at":"2026-03-03 12:00:00"}

        """;

    private static readonly string[] Expected =
    [
        "R1|A1|nps|9|Fast, friendly; thanks\nagain|2026-03-01 09:30:00|quarterly",
        "R2|A2|csat|4|∅|2026-03-02 08:00:00|post_support",
        "R3|A3|ces|2|He said \"easy\"|2026-03-03 12:00:00|post_support",
    ];

    private readonly IngestFixture fixture = new();

    public FileFormatTests() => IngestFixture.Committed(fixture.LoadAccounts());

    [Fact]
    public void Csv_loads_quoted_commas_newlines_and_quotes()
    {
        AssertLoadsExpected(fixture.Write("surveys.csv", Csv));
    }

    [Fact]
    public void Csv_with_a_bom_semicolons_and_crlf_loads_the_same_rows()
    {
        AssertLoadsExpected(fixture.Write("surveys.csv", ExcelCsv, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)));
    }

    [Fact]
    public void Json_lines_load_the_same_rows_as_csv()
    {
        AssertLoadsExpected(fixture.Write("surveys.jsonl", JsonLines));
    }

    [Fact]
    public void Json_keys_no_field_uses_are_listed_in_the_order_they_first_appear()
    {
        var path = fixture.Write("surveys.jsonl", """
            {"response_id":"R1","zeta":1,"account_id":"A1","survey_type":"nps","score":9,"alpha":2,"responded_at":"2026-03-01T09:30:00Z"}
            {"mid":3,"response_id":"R2","account_id":"A1","survey_type":"nps","score":9,"responded_at":"2026-03-01T09:30:00Z","beta":4}

            """);

        var report = IngestFixture.Committed(LoadSurveys(path));

        Assert.Equal(["surveys.jsonl: zeta", "surveys.jsonl: alpha", "surveys.jsonl: mid", "surveys.jsonl: beta"], report.IgnoredColumns);
    }

    [Fact]
    public void Parquet_with_typed_columns_loads_the_same_rows_as_csv()
    {
        var path = WriteParquet("surveys.parquet", """
            ('R1', 'A1', 'nps', 9, 'Fast, friendly; thanks' || chr(10) || 'again', TIMESTAMPTZ '2026-03-01 09:30:00+00', 'quarterly'),
            ('R2', 'Globex', 'csat', 4, NULL, TIMESTAMPTZ '2026-03-02 10:00:00+02', 'post_support'),
            ('R3', 'A3', 'ces', 2, 'He said "easy"', TIMESTAMPTZ '2026-03-03 12:00:00+00', 'post_support')
            """);

        AssertLoadsExpected(path);
    }

    [Fact]
    public void A_bad_row_in_excel_csv_names_its_line_counting_the_newline_in_a_cell()
    {
        var path = fixture.Write("surveys.csv", ExcelCsv + "R4;A1;nps;11;;2026-03-04T00:00:00Z;quarterly\r\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        Assert.Equal(new LoadError(path, 6, "score", "11", "NPS scores are 0 to 10"), Assert.Single(LoadSurveys(path).Errors));
    }

    [Fact]
    public void A_bad_row_in_json_lines_names_its_line()
    {
        var path = fixture.Write("surveys.jsonl", JsonLines + """{"response_id":"R4","account_id":"A1","survey_type":"nps","score":11,"responded_at":"2026-03-04T00:00:00Z"}""" + "\n");

        Assert.Equal(new LoadError(path, 4, "score", "11", "NPS scores are 0 to 10"), Assert.Single(LoadSurveys(path).Errors));
    }

    [Fact]
    public void A_bad_row_in_parquet_names_its_row()
    {
        var path = WriteParquet("surveys.parquet", """
            ('R1', 'A1', 'nps', 9, NULL, TIMESTAMPTZ '2026-03-01 09:30:00+00', 'quarterly'),
            ('R4', 'A1', 'nps', 11, NULL, TIMESTAMPTZ '2026-03-04 00:00:00+00', 'quarterly')
            """);

        Assert.Equal(new LoadError(path, 2, "score", "11", "NPS scores are 0 to 10"), Assert.Single(LoadSurveys(path).Errors));
    }

    private void AssertLoadsExpected(string path)
    {
        var report = IngestFixture.Committed(LoadSurveys(path));

        Assert.Equal((3L, 3L), (report.RowsRead, report.Inserted));
        Assert.Empty(report.IgnoredColumns);
        Assert.Equal(Expected, fixture.Rows($"SELECT {Columns} FROM fact_survey_response ORDER BY response_id"));
    }

    private LoadReport LoadSurveys(string path) => fixture.Load(FactKind.Surveys, path);

    /// <summary>Writes the rows with DuckDB itself, typed as a warehouse export would type them.</summary>
    private string WriteParquet(string name, string values)
    {
        var path = Path.Combine(fixture.Folder, name);
        using var connection = fixture.Database.Connect();
        connection.Execute($"""
            COPY (SELECT * FROM (VALUES {values}) AS t(response_id, account_id, survey_type, score, comment, responded_at, trigger))
            TO '{path}' (FORMAT parquet)
            """);
        return path;
    }

    public void Dispose() => fixture.Dispose();
}
