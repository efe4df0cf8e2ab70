using Reporting.Core.Ingest;

namespace Reporting.Core.Tests.Ingest;

/// <summary>Zendesk satisfaction ratings: good/bad as CSAT 5/1 after support, tied to the rated ticket.</summary>
public sealed class ZendeskCsatProfileTests : IDisposable
{
    private const string Columns = "response_id, account_id, contact_id, survey_type, survey_kind, trigger, ticket_id, score, comment, responded_at";
    private const string Header = "ID,Ticket ID,Organization,Score,Created at";

    private readonly IngestFixture fixture = new();

    public ZendeskCsatProfileTests()
    {
        IngestFixture.Committed(fixture.LoadAccounts());
        fixture.LoadZendeskTickets();
    }

    [Fact]
    public void Ratings_load_as_csat_five_or_one_with_their_ticket_in_utc()
    {
        var report = IngestFixture.Committed(Load(IngestFixture.Fixture("zendesk_csat.csv")));

        Assert.Equal((3L, 3L, 0L), (report.RowsRead, report.Inserted, report.Rejected));
        Assert.Equal(
            [
                // 17:00 EST.
                "5001|A1|∅|csat|transactional|post_support|101|5|Quick fix|2026-03-02 22:00:00",
                // 10:00 EDT, the day after the change; "Bad" in any case.
                "5002|A2|∅|csat|transactional|post_support|102|1|Still waiting|2026-03-09 14:00:00",
                // Zendesk's long spelling of good.
                "5003|A3|∅|csat|transactional|post_support|103|5|∅|2026-03-11 12:00:00",
            ],
            fixture.Rows($"SELECT {Columns} FROM fact_survey_response ORDER BY response_id"));
        Assert.Equal(["zendesk_csat.csv: Requester", "zendesk_csat.csv: Reason"], report.IgnoredColumns);
    }

    [Theory]
    [InlineData("offered")]
    [InlineData("unoffered")]
    [InlineData("5")]
    public void A_rating_other_than_good_or_bad_names_the_row_and_value(string rating)
    {
        var path = fixture.Write("csat.csv", $"{Header}\n6001,101,Acme Corp,good,2026-03-02 17:00\n6002,102,Globex,{rating},2026-03-09 10:00\n");

        var report = Load(path);

        Assert.False(report.Committed);
        Assert.Equal(new LoadError(path, 3, "Score", rating, "is not a satisfaction rating: expected good or bad"), Assert.Single(report.Errors));
        Assert.Empty(fixture.Rows("SELECT * FROM fact_survey_response"));
    }

    [Fact]
    public void A_rating_of_a_ticket_we_do_not_have_names_the_ticket()
    {
        var path = fixture.Write("csat.csv", $"{Header}\n6001,999,Acme Corp,good,2026-03-02 17:00\n");

        var report = Load(path);

        Assert.Equal(new LoadError(path, 2, "Ticket ID", "999", "ticket 999 is not loaded (load tickets first)"), Assert.Single(report.Errors));
    }

    private LoadReport Load(string path) =>
        fixture.Load(FactKind.Surveys, path, o => o with { Format = SourceFormat.ZendeskCsat, TimeZone = "America/New_York" });

    public void Dispose() => fixture.Dispose();
}
