using Reporting.DuckDb;
using System.Text;
using Reporting.Core.Ingest;

namespace Reporting.Core.Tests.Ingest;

/// <summary>Files that are not what they seem (issue 17, cases 3 and 6): each refused saying what it is, or read as it is.</summary>
public sealed class FileCheckTests : IDisposable
{
    private readonly IngestFixture fixture = new();

    public FileCheckTests() => IngestFixture.Committed(fixture.LoadAccounts());

    [Fact]
    public void A_parquet_file_named_csv_says_so()
    {
        var path = Path.Combine(fixture.Folder, "accounts.csv");
        using (var connection = fixture.Database.Connect())
        {
            connection.Execute($"COPY (SELECT 'A9' AS account_id, 'Initech' AS name, 'SMB' AS segment) TO '{path}' (FORMAT parquet)");
        }

        var error = Assert.Single(fixture.Load(FactKind.Accounts, path).Errors);

        Assert.Equal(new LoadError(path, 0, "", null, "is a Parquet file named .csv") { Hint = "rename it to .parquet" }, error);
    }

    [Fact]
    public void Utf16_without_a_byte_order_mark_is_named()
    {
        var path = fixture.Write("accounts.csv", "account_id,name,segment\nA9,Initech,SMB\n", new UnicodeEncoding(bigEndian: false, byteOrderMark: false));

        var error = Assert.Single(fixture.Load(FactKind.Accounts, path).Errors);

        Assert.Equal("looks like UTF-16 text without a byte order mark", error.Reason);
        Assert.Equal((path, 0L), (error.File, error.Line));
    }

    [Fact]
    public void A_local_time_that_occurs_twice_is_taken_as_the_later_one()
    {
        var path = fixture.Write("tickets.csv", "ticket_id,account_id,priority,created_at\nT1,A1,P1,2026-11-01 01:30:00\n");

        IngestFixture.Committed(fixture.Load(FactKind.Tickets, path, o => o with { TimeZone = "America/New_York" }));

        // 01:30 EST (UTC-5), the second 01:30 of that night.
        Assert.Equal(["2026-11-01 06:30:00"], fixture.Rows("SELECT created_at FROM fact_ticket"));
    }

    [Fact]
    public void A_date_at_either_end_of_the_supported_span_loads()
    {
        var path = fixture.Write("tickets.csv", "ticket_id,account_id,priority,created_at\nT1,A1,P1,2000-01-01T00:00:00Z\nT2,A1,P1,2100-12-31T23:59:59Z\n");

        IngestFixture.Committed(fixture.Load(FactKind.Tickets, path));

        Assert.Equal(["2000-01-01 00:00:00", "2100-12-31 23:59:59"], fixture.Rows("SELECT created_at FROM fact_ticket ORDER BY 1"));
    }

    [Fact]
    public void A_nul_byte_in_a_timestamp_fails_to_parse_and_is_named()
    {
        var path = fixture.Write("tickets.csv", "ticket_id,account_id,priority,created_at\nT1,A1,P1,2026-03-01\0T09:00:00Z\n");

        var error = Assert.Single(fixture.Load(FactKind.Tickets, path).Errors);

        Assert.Equal(new LoadError(path, 2, "created_at", "2026-03-01\\0T09:00:00Z", "is not an ISO-8601 timestamp"), error);
    }

    public void Dispose() => fixture.Dispose();
}
