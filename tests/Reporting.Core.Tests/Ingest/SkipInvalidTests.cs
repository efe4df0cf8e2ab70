using Reporting.Core.Ingest;

namespace Reporting.Core.Tests.Ingest;

/// <summary>--skip-invalid loads the valid rows and writes the rejected ones, as read, to NAME.rejects.csv.</summary>
public sealed class SkipInvalidTests : IDisposable
{
    private const string Tickets = """
        ticket_id,account_id,priority,created_at,first_response_at,group
        T1,A1,P1,2026-03-01T09:30:00Z,2026-03-01T09:50:00Z,Tier 1
        T2,A1,P9,2026-03-01T10:00:00Z,,"Tier 1, EMEA"
        T3,Globex,low,2026-03-02T08:00:00Z,,Tier 2
        T4,Nobody Inc,P2,yesterday,,Tier 2
        T5,A3,P3,2026-03-03T12:00:00Z,2026-03-03T11:00:00Z,
        T6,A2,normal,2026-03-04T12:00:00Z,,Tier 1

        """;

    private readonly IngestFixture fixture = new();

    public SkipInvalidTests() => IngestFixture.Committed(fixture.LoadAccounts());

    [Fact]
    public void Valid_rows_load_and_the_report_counts_every_row()
    {
        var path = fixture.Write("tickets.csv", Tickets);

        var report = IngestFixture.Committed(SkipInvalid(FactKind.Tickets, path));

        Assert.Equal((6L, 3L, 0L, 3L, 4L), (report.RowsRead, report.Inserted, report.Replaced, report.Rejected, report.ErrorCount));
        Assert.Equal(
            [
                "T1|A1|P1|2026-03-01 09:30:00|2026-03-01 09:50:00|Tier 1",
                "T3|A2|P4|2026-03-02 08:00:00|∅|Tier 2",
                "T6|A2|P3|2026-03-04 12:00:00|∅|Tier 1",
            ],
            fixture.Rows("SELECT ticket_id, account_id, priority, created_at, first_response_at, group_name FROM fact_ticket ORDER BY ticket_id"));
    }

    [Fact]
    public void The_rejects_file_beside_the_input_holds_exactly_the_rejected_rows_with_line_and_reasons()
    {
        var path = fixture.Write("tickets.csv", Tickets);

        var report = SkipInvalid(FactKind.Tickets, path);

        var rejects = Path.Combine(fixture.Folder, "tickets.rejects.csv");
        Assert.Equal([rejects], report.RejectFiles);
        Assert.Equal("""
            line,reasons,ticket_id,account_id,priority,created_at,first_response_at,group
            3,"priority: must be one of P1, P2, P3, P4",T2,A1,P9,2026-03-01T10:00:00Z,,"Tier 1, EMEA"
            5,created_at: is not an ISO-8601 timestamp; account_id: account Nobody Inc is not loaded (no account has this id or name; load accounts first),T4,Nobody Inc,P2,yesterday,,Tier 2
            6,first_response_at: the first response is before the ticket was created,T5,A3,P3,2026-03-03T12:00:00Z,2026-03-03T11:00:00Z,

            """.ReplaceLineEndings(), File.ReadAllText(rejects));
    }

    [Fact]
    public void Offered_ratings_in_a_zendesk_export_are_set_aside_with_their_zendesk_columns()
    {
        var path = fixture.Write("ratings.csv", """
            ID,Organization,Score,Comment,Created at
            7001,Acme Corp,good,"Thanks, quick",2026-03-02 09:00
            7002,Globex,offered,,2026-03-02 10:00
            7003,Globex,bad,,2026-03-02 11:00

            """);

        var report = IngestFixture.Committed(SkipInvalid(FactKind.Surveys, path, o => o with { Format = SourceFormat.ZendeskCsat }));

        Assert.Equal((3L, 2L, 1L), (report.RowsRead, report.Inserted, report.Rejected));
        Assert.Equal(["7001|5", "7003|1"], fixture.Rows("SELECT response_id, score FROM fact_survey_response ORDER BY response_id"));
        Assert.Equal("""
            line,reasons,ID,Organization,Score,Comment,Created at
            3,Score: is not a satisfaction rating: expected good or bad,7002,Globex,offered,,2026-03-02 10:00

            """.ReplaceLineEndings(), File.ReadAllText(Path.Combine(fixture.Folder, "ratings.rejects.csv")));
    }

    [Fact]
    public void Json_lines_rejects_name_the_line_and_keep_the_keys_in_file_order()
    {
        var path = fixture.Write("surveys.jsonl", """
            {"response_id":"R1","account_id":"A1","survey_type":"nps","score":9,"responded_at":"2026-03-01T09:30:00Z"}
            {"response_id":"R2","account_id":"A1","survey_type":"nps","score":11,"responded_at":"2026-03-01T09:30:00Z"}

            """);

        var report = IngestFixture.Committed(SkipInvalid(FactKind.Surveys, path));

        Assert.Equal((2L, 1L, 1L), (report.RowsRead, report.Inserted, report.Rejected));
        Assert.Equal("""
            line,reasons,response_id,account_id,survey_type,score,responded_at
            2,score: NPS scores are 0 to 10,R2,A1,nps,11,2026-03-01T09:30:00Z

            """.ReplaceLineEndings(), File.ReadAllText(Path.Combine(fixture.Folder, "surveys.rejects.csv")));
    }

    [Fact]
    public void A_file_without_errors_writes_no_rejects_file_and_removes_an_earlier_one()
    {
        var path = fixture.Write("tickets.csv", "ticket_id,account_id,priority,created_at\nT1,A1,P1,2026-03-01T09:30:00Z\n");
        fixture.Write("tickets.rejects.csv", "line,reasons\n2,left by an earlier load\n");

        var report = IngestFixture.Committed(SkipInvalid(FactKind.Tickets, path));

        Assert.Equal((1L, 0L), (report.Inserted, report.Rejected));
        Assert.Empty(report.RejectFiles);
        Assert.False(File.Exists(Path.Combine(fixture.Folder, "tickets.rejects.csv")));
    }

    [Fact]
    public void When_every_row_is_rejected_nothing_commits_and_the_version_stays()
    {
        var path = fixture.Write("tickets.csv", "ticket_id,account_id,priority,created_at\nT1,A1,P9,2026-03-01T09:30:00Z\n");
        var before = fixture.Rows("SELECT version FROM data_version");

        var report = SkipInvalid(FactKind.Tickets, path);

        Assert.False(report.Committed);
        Assert.Equal((1L, 1L, 0L), (report.RowsRead, report.Rejected, report.Inserted));
        Assert.Equal(before, fixture.Rows("SELECT version FROM data_version"));
        Assert.True(File.Exists(Path.Combine(fixture.Folder, "tickets.rejects.csv")));
    }

    private LoadReport SkipInvalid(FactKind kind, string path, Func<LoadOptions, LoadOptions>? configure = null) =>
        fixture.Load(kind, path, o => (configure ?? (x => x))(o with { SkipInvalid = true }));

    public void Dispose() => fixture.Dispose();
}
