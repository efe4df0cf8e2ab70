using Reporting.Core.Ingest;

namespace Reporting.Core.Tests.Ingest;

/// <summary>
/// Zendesk's ticket export in its own column names. The help desk is in New York: times before
/// 2026-03-08 02:00 are EST (UTC−5), after it EDT (UTC−4).
/// </summary>
public sealed class ZendeskProfileTests : IDisposable
{
    private const string Header = "ID,Organization,Priority,Status,Created at,First reply time in minutes";
    private const string Columns = "ticket_id, account_id, contact_id, priority, status, channel, category, group_name, assignee, " +
        "created_at, first_response_at, solved_at, reopens, assignee_stations, group_stations";

    private readonly IngestFixture fixture = new();

    public ZendeskProfileTests() => IngestFixture.Committed(fixture.LoadAccounts());

    [Fact]
    public void The_export_loads_in_utc_across_the_dst_change_with_first_reply_in_calendar_minutes()
    {
        var report = fixture.LoadZendeskTickets();

        Assert.Equal((4L, 4L, 0L, 0L), (report.RowsRead, report.Inserted, report.Replaced, report.Rejected));
        Assert.Equal(
            [
                // 14:05 EST; first reply 25 minutes later; solved 16:20 EST.
                "101|A1|∅|P1|solved|Email|∅|Tier 1|Kim|2026-03-02 19:05:00|2026-03-02 19:30:00|2026-03-02 21:20:00|0|1|1",
                // 23:30 EST the night before the change; 600 real minutes later is 10:30 EDT, not 09:30.
                "102|A2|∅|P2|on-hold|Web form|∅|Tier 2|Lee|2026-03-08 04:30:00|2026-03-08 14:30:00|∅|1|2|1",
                // 09:00 EDT; 90.5 minutes keep their seconds; the organization's name has a comma.
                "103|A3|∅|P4|closed|Chat|∅|Billing|∅|2026-03-09 13:00:00|2026-03-09 14:30:30|2026-03-10 21:45:00|2|0|1",
                // 08:15 EDT, no reply yet.
                "104|A1|∅|P3|pending|Email|∅|Tier 1|Kim|2026-03-10 12:15:00|∅|∅|0|1|1",
            ],
            fixture.Rows($"SELECT {Columns} FROM fact_ticket ORDER BY ticket_id"));
    }

    [Fact]
    public void Columns_the_profile_does_not_use_are_listed_in_the_report()
    {
        var report = fixture.LoadZendeskTickets();

        Assert.Equal(
            new[]
            {
                "Requester", "Subject", "Updated at", "First reply time in minutes within business hours",
                "Full resolution time in minutes", "Replies", "Custom field: Product",
            }.Select(c => $"zendesk_tickets.csv: {c}"),
            report.IgnoredColumns);
    }

    [Theory]
    [InlineData("On-hold", "on-hold")]
    [InlineData("New", "new")]
    [InlineData("Open", "open")]
    [InlineData("hold", "on-hold")]
    public void Zendesk_status_spellings_map_to_ours(string status, string stored)
    {
        var path = fixture.Write("z.csv", $"{Header}\n7,Globex,Normal,{status},2026-03-02 14:05,\n");

        IngestFixture.Committed(fixture.Load(FactKind.Tickets, path, IngestFixture.ZendeskInNewYork));

        Assert.Equal([$"7|A2|P3|{stored}"], fixture.Rows("SELECT ticket_id, account_id, priority, status FROM fact_ticket"));
    }

    [Fact]
    public void An_organization_that_is_no_account_names_the_row_and_value()
    {
        var path = fixture.Write("z.csv", $"{Header}\n7,Globex,Normal,Open,2026-03-02 14:05,\n8,Umbrella Corp,Low,Open,2026-03-02 14:05,5\n");

        var report = fixture.Load(FactKind.Tickets, path, IngestFixture.ZendeskInNewYork);

        Assert.False(report.Committed);
        Assert.Equal(new LoadError(path, 3, "Organization", "Umbrella Corp", "account Umbrella Corp is not loaded (no account has this id or name; load accounts first)"), Assert.Single(report.Errors));
        Assert.Empty(fixture.Rows("SELECT * FROM fact_ticket"));
    }

    [Fact]
    public void First_reply_minutes_that_are_not_a_number_name_the_zendesk_column()
    {
        var path = fixture.Write("z.csv", $"{Header}\n7,Globex,Normal,Open,2026-03-02 14:05,soon\n");

        var report = fixture.Load(FactKind.Tickets, path, IngestFixture.ZendeskInNewYork);

        Assert.Equal(new LoadError(path, 2, "First reply time in minutes", "soon", "is not a number of minutes"), Assert.Single(report.Errors));
    }

    [Fact]
    public void A_bad_created_at_is_one_error_not_also_one_on_valid_first_reply_minutes()
    {
        var path = fixture.Write("z.csv", $"{Header}\n7,Globex,Normal,Open,March 2nd,25\n");

        var report = fixture.Load(FactKind.Tickets, path, IngestFixture.ZendeskInNewYork);

        Assert.Equal(new LoadError(path, 2, "Created at", "March 2nd", "is not an ISO-8601 timestamp"), Assert.Single(report.Errors));
    }

    [Fact]
    public void The_load_time_zone_stays_with_the_load()
    {
        var before = fixture.Rows("SELECT current_setting('TimeZone')");

        fixture.LoadZendeskTickets();

        Assert.Equal(before, fixture.Rows("SELECT current_setting('TimeZone')"));
        Assert.NotEqual(["America/New_York"], before);
    }

    public void Dispose() => fixture.Dispose();
}
