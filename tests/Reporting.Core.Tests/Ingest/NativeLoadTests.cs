using Reporting.Core.Ingest;

namespace Reporting.Core.Tests.Ingest;

public sealed class NativeLoadTests : IDisposable
{
    private readonly IngestFixture fixture = new();

    [Fact]
    public void Accounts_load_with_canonical_enums_and_exact_decimals()
    {
        var report = fixture.LoadAccounts();

        Assert.True(report.Committed, string.Join("\n", report.Errors));
        Assert.Equal((3L, 3L, 0L, 0L), (report.RowsRead, report.Inserted, report.Replaced, report.Rejected));
        Assert.Equal(["accounts.csv: crm_owner_id"], report.IgnoredColumns);
        Assert.Equal(
            [
                "A1|Acme Corp|SMB|Standard|12000.50|25|2024-01-15|2026-12-31",
                "A2|Globex|Enterprise|Platinum|480000.00|900|2023-06-01|2027-03-31",
                "A3|Initech, Inc.|Mid-Market|Premium|95000.25|150|2025-02-01|2026-08-15",
            ],
            fixture.Rows("SELECT account_id, name, segment, tier, arr, seats, onboarded_on, renewal_on FROM dim_account ORDER BY account_id"));
        Assert.Equal(1L, report.DataVersion);
    }

    [Fact]
    public void Tickets_load_with_times_in_utc_aliases_defaults_and_account_names()
    {
        fixture.LoadAccounts();

        var report = fixture.Load(FactKind.Tickets, IngestFixture.Fixture("tickets.csv"));

        Assert.True(report.Committed, string.Join("\n", report.Errors));
        Assert.Equal(
            [
                "T1|A1|P1|2026-03-01 09:30:00|2026-03-01 09:50:00|2026-03-01 15:30:00|solved|0|1|1|Tier 1",
                "T2|A1|P1|2026-03-02 08:00:00|2026-03-02 08:45:00|∅|open|0|∅|∅|Tier 2",
                "T3|A2|P4|2026-03-03 12:00:00|∅|∅|new|2|3|2|Tier 1",
            ],
            fixture.Rows("SELECT ticket_id, account_id, priority, created_at, first_response_at, solved_at, status, reopens, assignee_stations, group_stations, group_name FROM fact_ticket ORDER BY ticket_id"));
    }

    [Theory]
    [InlineData("2026-03-05T10:15:00Z", "2026-03-05 10:15:00")]
    [InlineData("2026-03-05 10:15:00", "2026-03-05 10:15:00")]
    [InlineData("2026-03-05T10:15:00+02:00", "2026-03-05 08:15:00")]
    [InlineData("2026-03-05 10:15:00 -0500", "2026-03-05 15:15:00")]
    [InlineData("2026-03-05T10:15:00.250-05:30", "2026-03-05 15:45:00")]
    [InlineData("2026-03-05", "2026-03-05 00:00:00")]
    public void Timestamps_with_offsets_are_stored_in_utc(string written, string stored)
    {
        fixture.LoadAccounts();
        var path = fixture.Write("t.csv", $"ticket_id,account_id,priority,created_at\nT1,A1,P1,{written}\n");

        var report = fixture.Load(FactKind.Tickets, path);

        Assert.True(report.Committed, string.Join("\n", report.Errors));
        Assert.Equal([stored], fixture.Rows("SELECT date_trunc('second', created_at) FROM fact_ticket"));
    }

    [Fact]
    public void Progress_moves_through_read_validate_and_merge_to_completion()
    {
        fixture.LoadAccounts();
        var reports = new List<LoadProgress>();

        FactLoader.Load(fixture.Database, [IngestFixture.Fixture("tickets.csv")], new LoadOptions(FactKind.Tickets), new RecordingProgress(reports));

        Assert.Equal(["read tickets.csv", "validate", "merge"], reports.Select(r => r.Stage).Distinct());
        Assert.All(reports, r => Assert.Equal(100, r.Total));
        Assert.All(reports.GroupBy(r => r.Stage), stage => Assert.Equal(100, stage.Last().Done));
    }

    [Fact]
    public void Reloading_the_same_file_replaces_rows_and_bumps_the_version()
    {
        fixture.LoadAccounts();

        var again = fixture.LoadAccounts();

        Assert.Equal((3L, 0L, 3L), (again.RowsRead, again.Inserted, again.Replaced));
        Assert.Equal(2L, again.DataVersion);
        Assert.Equal(["3"], fixture.Rows("SELECT count(*) FROM dim_account"));
    }

    public void Dispose() => fixture.Dispose();

    /// <summary>Progress&lt;T&gt; would post to the thread pool; this records in order, synchronously.</summary>
    private sealed class RecordingProgress(List<LoadProgress> reports) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
