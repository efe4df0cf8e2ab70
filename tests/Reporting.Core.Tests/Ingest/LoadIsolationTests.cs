using System.Data.Common;
using Reporting.Core.Ingest;
using Reporting.DuckDb;

namespace Reporting.Core.Tests.Ingest;

/// <summary>Readers never wait for a load and never see half of one: DuckDB serves each transaction its snapshot.</summary>
public sealed class LoadIsolationTests : IDisposable
{
    private const string Summary = "SELECT count(*), max(priority) FILTER (WHERE ticket_id = 'T1'), (SELECT max(version) FROM data_version) FROM fact_ticket";

    private readonly IngestFixture fixture = new();

    public LoadIsolationTests()
    {
        IngestFixture.Committed(fixture.LoadAccounts());
        IngestFixture.Committed(fixture.Load(FactKind.Tickets, IngestFixture.Fixture("tickets.csv")));
    }

    [Fact]
    public void A_reader_keeps_its_snapshot_through_a_load_and_sees_the_load_in_its_next_transaction()
    {
        using var reader = fixture.Database.Connect();
        using var transaction = reader.BeginTransaction();
        // The snapshot is taken by the transaction's first read.
        Assert.Equal("3|P1|2", Read(reader));

        // T1 changes priority, T4 and T5 are new.
        var path = fixture.Write("more.csv", "ticket_id,account_id,priority,created_at\nT1,A1,P3,2026-03-01T09:30:00Z\nT4,A2,P2,2026-03-05T10:00:00Z\nT5,A3,P4,2026-03-06T10:00:00Z\n");
        var report = IngestFixture.Committed(fixture.Load(FactKind.Tickets, path));

        Assert.Equal((2L, 1L, 3L), (report.Inserted, report.Replaced, report.DataVersion));
        Assert.Equal("3|P1|2", Read(reader));
        Assert.Equal(["5|P3|3"], fixture.Rows(Summary));

        transaction.Commit();
        Assert.Equal("5|P3|3", Read(reader));
    }

    [Fact]
    public void A_refused_load_is_never_visible_to_a_reader()
    {
        using var reader = fixture.Database.Connect();
        using var transaction = reader.BeginTransaction();
        Assert.Equal("3|P1|2", Read(reader));

        var path = fixture.Write("more.csv", "ticket_id,account_id,priority,created_at\nT4,A2,P2,2026-03-05T10:00:00Z\nT5,A3,P9,2026-03-06T10:00:00Z\n");
        Assert.False(fixture.Load(FactKind.Tickets, path).Committed);

        Assert.Equal("3|P1|2", Read(reader));
        Assert.Equal(["3|P1|2"], fixture.Rows(Summary));
    }

    private static string Read(DbConnection connection)
    {
        var row = connection.Query(Summary);
        return string.Join("|", row.Columns.Select(c => Convert.ToString(c.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)));
    }

    public void Dispose() => fixture.Dispose();
}
