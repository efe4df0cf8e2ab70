using Reporting.Core.Ingest;

namespace Reporting.Core.Tests.Ingest;

/// <summary>Several files of one kind load as one: all of them commit, or none does.</summary>
public sealed class MultiFileTests : IDisposable
{
    private const string Columns = "ticket_id, account_id, priority, status, assignee, created_at";

    private readonly IngestFixture fixture = new();
    private readonly string first;

    public MultiFileTests()
    {
        IngestFixture.Committed(fixture.LoadAccounts());
        first = fixture.Write("a.csv", """
            ticket_id,account_id,priority,created_at,status
            T1,A1,P1,2026-03-01T09:30:00Z,open
            T2,Globex,high,2026-03-02T10:00:00Z,solved

            """);
    }

    [Fact]
    public void Two_files_with_different_columns_commit_together_in_one_version()
    {
        // Another column order, a column the first file lacks, and one it has left out.
        var second = fixture.Write("b.csv", """
            created_at,ticket_id,account_id,priority,assignee
            2026-03-03T12:00:00Z,T3,A3,low,kim
            2026-03-04T08:15:00Z,T4,A1,P2,

            """);

        var report = IngestFixture.Committed(fixture.Load(FactKind.Tickets, [first, second]));

        // The accounts made version 1; both files together make one more.
        Assert.Equal((4L, 4L, 0L, 2L), (report.RowsRead, report.Inserted, report.Replaced, report.DataVersion));
        Assert.Equal([first, second], report.Files);
        Assert.Equal(
            [
                "T1|A1|P1|open|∅|2026-03-01 09:30:00",
                "T2|A2|P2|solved|∅|2026-03-02 10:00:00",
                "T3|A3|P4|new|kim|2026-03-03 12:00:00",
                "T4|A1|P2|new|∅|2026-03-04 08:15:00",
            ],
            fixture.Rows($"SELECT {Columns} FROM fact_ticket ORDER BY ticket_id"));
    }

    [Fact]
    public void A_bad_row_in_the_second_file_keeps_the_first_file_out_too()
    {
        var second = fixture.Write("b.csv", "ticket_id,account_id,priority,created_at\nT3,A3,P5,2026-03-03T12:00:00Z\n");

        var report = fixture.Load(FactKind.Tickets, [first, second]);

        Assert.False(report.Committed);
        Assert.Equal(new LoadError(second, 2, "priority", "P5", "must be one of P1, P2, P3, P4"), Assert.Single(report.Errors));
        AssertNothingLoaded();
    }

    [Fact]
    public void A_key_repeated_across_files_names_the_first_files_line()
    {
        var second = fixture.Write("b.csv", "ticket_id,account_id,priority,created_at\nT3,A3,P4,2026-03-03T12:00:00Z\nT2,A1,P3,2026-03-05T12:00:00Z\n");

        var report = fixture.Load(FactKind.Tickets, [first, second]);

        Assert.False(report.Committed);
        Assert.Equal(
            new LoadError(second, 3, "ticket_id", "T2", $"repeats the key (ticket_id) of an earlier row ({first} line 3)"),
            Assert.Single(report.Errors));
        AssertNothingLoaded();
    }

    [Fact]
    public void A_missing_second_file_stops_the_load_before_anything_is_written()
    {
        var missing = Path.Combine(fixture.Folder, "nope.csv");

        var report = fixture.Load(FactKind.Tickets, [first, missing]);

        Assert.Equal(new LoadError(missing, 0, "", null, "the file does not exist"), Assert.Single(report.Errors));
        AssertNothingLoaded();
    }

    private void AssertNothingLoaded()
    {
        Assert.Empty(fixture.Rows("SELECT * FROM fact_ticket"));
        Assert.Equal(["1"], fixture.Rows("SELECT version FROM data_version"));
    }

    public void Dispose() => fixture.Dispose();
}
