using Reporting.Core.Ingest;

namespace Reporting.Core.Tests.Ingest;

/// <summary>Each bad input names file, line, column, value and reason, and leaves every table as it was.</summary>
public sealed class ValidationTests : IDisposable
{
    private const string TicketHeader = "ticket_id,account_id,priority,created_at,first_response_at,status";
    private readonly IngestFixture fixture = new();
    private readonly string[] before;

    public ValidationTests()
    {
        fixture.LoadAccounts();
        fixture.Load(FactKind.Tickets, IngestFixture.Fixture("tickets.csv"));
        before = Snapshot();
    }

    [Fact]
    public void A_missing_required_column_names_it_at_the_header_line()
    {
        var path = fixture.Write("t.csv", "ticket_id,account_id,created_at\nT9,A1,2026-03-01T00:00:00Z\n");

        var error = Assert.Single(RejectedTickets(path).Errors);

        Assert.Equal(new LoadError(path, 1, "priority", null, "required column is missing (the tickets layout needs it)"), error);
    }

    [Theory]
    [InlineData("T9,A1,P9,2026-03-01T00:00:00Z,,open", "priority", "P9", "must be one of P1, P2, P3, P4")]
    [InlineData("T9,A1,P1,yesterday,,open", "created_at", "yesterday", "is not an ISO-8601 timestamp")]
    [InlineData("T9,A1,P1,2026-03-01T10:00:00Z,2026-03-01T09:59:00Z,open", "first_response_at", "2026-03-01T09:59:00Z", "the first response is before the ticket was created")]
    [InlineData("T9,Nobody Inc,P1,2026-03-01T00:00:00Z,,open", "account_id", "Nobody Inc", "account Nobody Inc is not loaded (no account has this id or name; load accounts first)")]
    [InlineData("T9,A1,P1,2026-03-01T00:00:00Z,,escalated", "status", "escalated", "must be one of new, open, pending, on-hold, solved, closed")]
    [InlineData("T9,,P1,2026-03-01T00:00:00Z,,open", "account_id", null, "is required but empty")]
    public void A_bad_value_names_line_column_value_and_reason(string row, string column, string? value, string reason)
    {
        var path = fixture.Write("t.csv", $"{TicketHeader}\nT8,A1,P2,2026-03-01T00:00:00Z,,open\n{row}\n");

        var error = Assert.Single(RejectedTickets(path).Errors);

        Assert.Equal(new LoadError(path, 3, column, value, reason), error);
    }

    [Fact]
    public void Lines_count_the_newlines_inside_quoted_fields()
    {
        var path = fixture.Write("s.csv", "response_id,account_id,survey_type,score,comment,responded_at\n" +
            "R1,A1,nps,9,\"Great, thanks\nreally\",2026-03-01T00:00:00Z\n" +
            "R2,A1,nps,11,ok,2026-03-01T00:00:00Z\n");

        var report = fixture.Load(FactKind.Surveys, path);

        Assert.Equal(new LoadError(path, 4, "score", "11", "NPS scores are 0 to 10"), Assert.Single(report.Errors));
        Assert.Equal(before, Snapshot());
    }

    [Theory]
    [InlineData("csat", "0", "CSAT scores are 1 to 5")]
    [InlineData("ces", "8", "CES scores are 1 to 7")]
    [InlineData("nps", "-1", "NPS scores are 0 to 10")]
    [InlineData("nps", "7.5", "is not a whole number: NPS scores are 0 to 10, CSAT 1 to 5, CES 1 to 7")]
    public void Scores_out_of_range_are_errors_never_clamped(string type, string score, string reason)
    {
        var path = fixture.Write("s.csv", $"response_id,account_id,survey_type,score,responded_at\nR1,A1,{type},{score},2026-03-01T00:00:00Z\n");

        var report = fixture.Load(FactKind.Surveys, path);

        Assert.Equal(new LoadError(path, 2, "score", score, reason), Assert.Single(report.Errors));
        Assert.Equal(before, Snapshot());
    }

    [Theory]
    [InlineData("seats", "3000000000", "is not a whole number (up to 2,147,483,647)")]
    [InlineData("arr", "1000000000000", "ARR must be under 1000000000000")]
    [InlineData("clv", "25000000000000.5", "CLV must be under 1000000000000")]
    public void A_number_too_large_for_its_column_is_an_error_not_a_failed_merge(string column, string value, string reason)
    {
        var path = fixture.Write("a.csv", $"account_id,name,segment,{column}\nA9,Hooli,SMB,{value}\n");

        var report = fixture.Load(FactKind.Accounts, path);

        Assert.Equal(new LoadError(path, 2, column, value, reason), Assert.Single(report.Errors));
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void A_key_repeated_in_one_file_names_the_first_occurrence()
    {
        var path = fixture.Write("t.csv", $"{TicketHeader}\nT8,A1,P2,2026-03-01T00:00:00Z,,open\nT7,A1,P2,2026-03-01T00:00:00Z,,open\nT8,A2,P3,2026-03-02T00:00:00Z,,new\n");

        var error = Assert.Single(RejectedTickets(path).Errors);

        Assert.Equal(new LoadError(path, 4, "ticket_id", "T8", "repeats the key (ticket_id) of an earlier row (line 2)"), error);
    }

    [Fact]
    public void Every_error_is_counted_but_only_the_first_hundred_are_listed()
    {
        var rows = string.Concat(Enumerable.Range(1, 150).Select(i => $"X{i},A1,P7,2026-03-01T00:00:00Z,,open\n"));
        var path = fixture.Write("t.csv", $"{TicketHeader}\n{rows}");

        var report = RejectedTickets(path);

        Assert.Equal((150L, 150L, 100), (report.ErrorCount, report.Rejected, report.Errors.Count));
        Assert.Equal(Enumerable.Range(2, 100).Select(i => (long)i), report.Errors.Select(e => e.Line));
    }

    [Theory]
    [InlineData("accounts,contacts")]
    [InlineData("1")]
    [InlineData("Account")]
    public void Only_a_kind_by_its_own_name_is_a_kind(string name)
    {
        Assert.False(FactKinds.TryParse(name, out _));
        Assert.True(FactKinds.TryParse("Contacts", out var contacts));
        Assert.Equal(FactKind.Contacts, contacts);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var path = fixture.Write("t.csv", "");

        Assert.Equal(new LoadError(path, 0, "", null, "the file is empty"), Assert.Single(RejectedTickets(path).Errors));
    }

    [Fact]
    public void A_header_only_file_is_refused()
    {
        var path = fixture.Write("t.csv", TicketHeader + "\n");

        Assert.Equal(new LoadError(path, 0, "", null, "the file has a header but no rows"), Assert.Single(RejectedTickets(path).Errors));
    }

    [Fact]
    public void A_file_of_another_kind_names_every_missing_column()
    {
        var path = fixture.Copy("accounts.csv");

        var report = RejectedTickets(path);

        Assert.Equal(["ticket_id", "priority", "created_at"], report.Errors.Select(e => e.Column));
        Assert.All(report.Errors, e => Assert.Equal((path, 1L), (e.File, e.Line)));
    }

    [Fact]
    public void An_unknown_time_zone_is_refused_before_reading()
    {
        var path = fixture.Write("t.csv", $"{TicketHeader}\nT8,A1,P2,2026-03-01T00:00:00,,open\n");

        var report = fixture.Load(FactKind.Tickets, path, o => o with { TimeZone = "Mars/Olympus" });

        Assert.Equal(new LoadError("", 0, "--timezone", "Mars/Olympus", "is not a known IANA time zone (e.g. Europe/Berlin, America/New_York)"), Assert.Single(report.Errors));
    }

    private LoadReport RejectedTickets(string path)
    {
        var report = fixture.Load(FactKind.Tickets, path);
        Assert.False(report.Committed);
        Assert.Equal(before, Snapshot());
        return report;
    }

    /// <summary>Every table's rows and the data version, to prove a refused load changed nothing.</summary>
    private string[] Snapshot() =>
    [
        .. fixture.Rows("SELECT * FROM dim_account ORDER BY ALL"),
        .. fixture.Rows("SELECT * FROM fact_ticket ORDER BY ALL"),
        .. fixture.Rows("SELECT * FROM fact_survey_response ORDER BY ALL"),
        .. fixture.Rows("SELECT version FROM data_version"),
    ];

    public void Dispose() => fixture.Dispose();
}
