using Reporting.Core.Ingest;

namespace Reporting.Core.Tests.Ingest;

/// <summary>Survey sends load like the other facts: checked row by row, all or nothing, linked to the responses that name them.</summary>
public sealed class SendLayoutTests : IDisposable
{
    private const string Header = "send_id,account_id,contact_id,survey_type,sent_at,followed_up_at";

    private readonly IngestFixture fixture = new();

    public SendLayoutTests()
    {
        IngestFixture.Committed(fixture.LoadAccounts());
        fixture.LoadContacts();
    }

    [Fact]
    public void A_good_file_loads_every_send_with_accounts_by_name_times_in_utc_and_enumerations_mapped()
    {
        var report = IngestFixture.Committed(fixture.Load(FactKind.Sends, fixture.Copy("sends.csv")));

        Assert.Equal((3L, 3L, 0L), (report.RowsRead, report.Inserted, report.Replaced));
        Assert.Equal(["sends.csv: campaign"], report.IgnoredColumns);
        Assert.Equal(
            [
                "S1|A1|C1|nps|relational|quarterly|2026-03-02 09:00:00|2026-03-10 09:00:00|∅",
                "S2|A2|C2|nps|transactional|pre_renewal|2026-03-03 09:00:00|∅|R2",
                "S3|A3|C3|csat|transactional|semiannual|2026-03-04 08:00:00|∅|∅",
            ],
            fixture.Rows("SELECT send_id, account_id, contact_id, survey_type, survey_kind, trigger, sent_at, followed_up_at, response_id FROM fact_survey_send ORDER BY send_id"));
    }

    [Fact]
    public void Bad_rows_are_named_by_file_line_column_and_value_and_nothing_loads()
    {
        var path = fixture.Write("sends.csv", $"""
            {Header}
            S1,A1,C1,nps,2026-03-02T09:00:00Z,2026-03-01T09:00:00Z
            S2,A9,C1,nps,2026-03-02T09:00:00Z,
            S3,A1,,nps,2026-03-02T09:00:00Z,
            S4,A1,C1,sms,2026-03-02T09:00:00Z,
            S5,A1,C7,nps,yesterday,
            S1,A1,C1,nps,2026-03-05T09:00:00Z,

            """);

        var report = fixture.Load(FactKind.Sends, path);

        Assert.False(report.Committed);
        Assert.Equal(
            [
                new LoadError(path, 2, "followed_up_at", "2026-03-01T09:00:00Z", "the follow-up is before the survey was sent"),
                new LoadError(path, 3, "account_id", "A9", "account A9 is not loaded (no account has this id or name; load accounts first)"),
                new LoadError(path, 4, "contact_id", null, "is required but empty"),
                new LoadError(path, 5, "survey_type", "sms", "must be one of nps, csat, ces"),
                new LoadError(path, 6, "contact_id", "C7", "contact C7 is not loaded (load contacts first)"),
                new LoadError(path, 6, "sent_at", "yesterday", "is not an ISO-8601 timestamp"),
                new LoadError(path, 7, "send_id", "S1", "repeats the key (send_id) of an earlier row (line 2)"),
            ],
            report.Errors.OrderBy(e => e.Line).ThenBy(e => e.Column, StringComparer.Ordinal));
        Assert.Empty(fixture.Rows("SELECT * FROM fact_survey_send"));
    }

    [Fact]
    public void A_file_without_a_required_column_is_refused_naming_it()
    {
        var path = fixture.Write("sends.csv", "send_id,account_id,survey_type,sent_at\nS1,A1,nps,2026-03-02T09:00:00Z\n");

        var report = fixture.Load(FactKind.Sends, path);

        Assert.Equal(new LoadError(path, 1, "contact_id", null, "required column is missing (the sends layout needs it)"), Assert.Single(report.Errors));
    }

    [Fact]
    public void A_response_may_name_its_send_which_must_exist()
    {
        IngestFixture.Committed(fixture.Load(FactKind.Sends, fixture.Copy("sends.csv")));
        var path = fixture.Write("surveys.csv", """
            response_id,account_id,contact_id,survey_type,score,responded_at,send_id
            R1,A1,C1,nps,9,2026-03-03T10:00:00Z,S1
            R3,A3,C3,csat,4,2026-03-05T10:00:00Z,S9

            """);

        var refused = fixture.Load(FactKind.Surveys, path);

        Assert.Equal(new LoadError(path, 3, "send_id", "S9", "survey send S9 is not loaded (load sends first)"), Assert.Single(refused.Errors));
        IngestFixture.Committed(fixture.Load(FactKind.Surveys, fixture.Write("surveys.csv", """
            response_id,account_id,contact_id,survey_type,score,responded_at,send_id
            R1,A1,C1,nps,9,2026-03-03T10:00:00Z,S1
            R3,A3,C3,csat,4,2026-03-05T10:00:00Z,

            """)));
        // R1 names S1; R3 names nothing and answers C3's CSAT send S3 of the day before.
        Assert.Equal(
            ["S1|R1|named", "S2|∅|∅", "S3|R3|inferred"],
            fixture.Rows("SELECT send_id, response_id, link FROM survey_send_outcomes ORDER BY send_id"));
    }

    public void Dispose() => fixture.Dispose();
}
