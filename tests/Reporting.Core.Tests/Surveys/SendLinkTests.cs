using Reporting.DuckDb;

namespace Reporting.Core.Tests.Surveys;

/// <summary>Which response each send got (view survey_send_outcomes), and the cap and follow-up flags, by hand.</summary>
public sealed class SendLinkTests : IDisposable
{
    private readonly SurveyFixture fixture = new();

    [Fact]
    public void A_response_answers_the_send_it_names_else_its_contacts_nearest_preceding_send_of_the_type()
    {
        using var connection = fixture.Database.Connect();
        var rows = connection.Query("""
            SELECT send_id || ' ' || coalesce(response_id, '-') || ' ' || coalesce(link, '-') AS line
            FROM survey_send_outcomes ORDER BY send_id
            """).Column<string>("line").Values.ToArray();

        Assert.Equal(
        [
            "P01 R01 named",     // R01 names P01
            "P02 - -",           // R09 (B1-C4, 20 April) is 105 days after P02: too late to be its answer
            "P03 R02 inferred",  // R02: B1-C1's NPS send P03 five days earlier
            "P04 R03 named",     // R03 names P04 (answered after 10 days)
            "P05 - -",
            "P06 R04 inferred",  // R04: B2-C3's CSAT send P06 the same morning
            "P07 - -",
            "P08 - -",
            "P09 R05 named",     // the send names its response
            "P10 - -",
            "P11 R06 named",
            "P12 R07 inferred",  // R07 (same day) and R08 (nine days later) both answer P12; it counts once, by the first
        ], rows);
    }

    [Fact]
    public void Sends_less_than_90_calendar_days_after_the_contacts_previous_one_break_the_cap()
    {
        using var connection = fixture.Database.Connect();
        var rows = connection.Query("""
            SELECT send_id || ' after ' || strftime(previous_sent_at, '%Y-%m-%d') AS line
            FROM survey_send_outcomes WHERE cap_violation ORDER BY send_id
            """).Column<string>("line").Values.ToArray();

        // B4-C4: P08 on 8 January, P09 on 10 March (61 days); B4-C2: P10 on 20 February, P11 on 1 April (40 days).
        Assert.Equal(["P09 after 2026-01-08", "P11 after 2026-02-20"], rows);
    }

    [Fact]
    public void The_cap_counts_calendar_days_so_the_90th_day_is_free()
    {
        using var connection = fixture.Database.Connect();
        // B1-C3's P01 went on 5 January at 10:00; 5 April is the 90th day, even at 09:00.
        connection.Execute("""
            INSERT INTO fact_survey_send (send_id, account_id, contact_id, survey_type, sent_at) VALUES
                ('X1', 'B1', 'B1-C3', 'nps', TIMESTAMP '2026-04-05 09:00'),
                ('X2', 'B1', 'B1-C1', 'nps', TIMESTAMP '2026-04-19 23:59')
            """);

        var violations = connection.Query("SELECT send_id FROM survey_send_outcomes WHERE cap_violation AND send_id LIKE 'X%'").Column<string>("send_id").Values.ToArray();

        // B1-C1's P03 went on 20 January: 19 April is day 89.
        Assert.Equal(["X2"], violations);
    }

    public void Dispose() => fixture.Dispose();
}
