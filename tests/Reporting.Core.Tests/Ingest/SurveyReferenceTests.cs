using Reporting.Core.Ingest;

namespace Reporting.Core.Tests.Ingest;

/// <summary>CES on either scale, and survey responses and detractor cases that must name rows we have.</summary>
public sealed class SurveyReferenceTests : IDisposable
{
    private const string Header = "response_id,account_id,contact_id,survey_type,ticket_id,score,responded_at";

    private const string Responses = $"""
        {Header}
        R1,A1,C1,ces,T1,7,2026-03-01T10:00:00Z
        R2,A1,,ces,T2,1,2026-03-02T10:00:00Z
        R3,Globex,C2,ces,,4,2026-03-03T10:00:00Z
        R4,A2,C2,nps,T3,9,2026-03-04T10:00:00Z

        """;

    private readonly IngestFixture fixture = new();

    public SurveyReferenceTests()
    {
        IngestFixture.Committed(fixture.LoadAccounts());
        fixture.LoadContacts();
        IngestFixture.Committed(fixture.Load(FactKind.Tickets, IngestFixture.Fixture("tickets.csv")));
    }

    [Theory]
    // Effort (1 = easy) loads as written.
    [InlineData(CesScale.Effort, 7, 1, 4)]
    // Agreement with "made it easy" (7 = easy) loads as effort 8 − score; NPS is left alone.
    [InlineData(CesScale.Agreement, 1, 7, 4)]
    public void Ces_scores_load_as_effort_on_either_scale(CesScale scale, int r1, int r2, int r3)
    {
        var path = fixture.Write("surveys.csv", Responses);

        IngestFixture.Committed(fixture.Load(FactKind.Surveys, path, o => o with { CesScale = scale }));

        Assert.Equal(
            [
                $"R1|A1|C1|ces|T1|{r1}",
                $"R2|A1|∅|ces|T2|{r2}",
                $"R3|A2|C2|ces|∅|{r3}",
                "R4|A2|C2|nps|T3|9",
            ],
            fixture.Rows("SELECT response_id, account_id, contact_id, survey_type, ticket_id, score FROM fact_survey_response ORDER BY response_id"));
    }

    [Theory]
    [InlineData("8")]
    [InlineData("0")]
    public void An_agreement_score_off_the_scale_names_the_value_as_written(string score)
    {
        var path = fixture.Write("surveys.csv", $"{Header}\nR1,A1,C1,ces,T1,{score},2026-03-01T10:00:00Z\n");

        var report = fixture.Load(FactKind.Surveys, path, o => o with { CesScale = CesScale.Agreement });

        Assert.Equal(new LoadError(path, 2, "score", score, "CES scores are 1 to 7"), Assert.Single(report.Errors));
    }

    [Theory]
    [InlineData("R5,A1,C99,csat,T1,4,2026-03-05T10:00:00Z", "contact_id", "C99", "contact C99 is not loaded (load contacts first)")]
    [InlineData("R5,A1,C1,csat,T99,4,2026-03-05T10:00:00Z", "ticket_id", "T99", "ticket T99 is not loaded (load tickets first)")]
    public void A_response_naming_a_row_we_do_not_have_names_column_and_reason(string row, string column, string value, string reason)
    {
        var path = fixture.Write("surveys.csv", $"{Header}\nR4,A2,C2,nps,T3,9,2026-03-04T10:00:00Z\n{row}\n");

        var report = fixture.Load(FactKind.Surveys, path);

        Assert.False(report.Committed);
        Assert.Equal(new LoadError(path, 3, column, value, reason), Assert.Single(report.Errors));
        Assert.Empty(fixture.Rows("SELECT * FROM fact_survey_response"));
    }

    [Fact]
    public void A_case_must_follow_up_a_response_we_have()
    {
        IngestFixture.Committed(fixture.Load(FactKind.Surveys, fixture.Write("surveys.csv", Responses)));
        var path = fixture.Write("cases.csv", """
            case_id,response_id,owner,opened_at,closed_at,category
            K1,R4,Dana,2026-03-05T09:00:00Z,2026-03-09T17:00:00Z,technical performance
            K2,R99,Dana,2026-03-05T09:00:00Z,,collaboration

            """);

        var report = fixture.Load(FactKind.Cases, path);

        Assert.False(report.Committed);
        Assert.Equal(new LoadError(path, 3, "response_id", "R99", "survey response R99 is not loaded (load surveys first)"), Assert.Single(report.Errors));

        IngestFixture.Committed(fixture.Load(FactKind.Cases, path, o => o with { SkipInvalid = true }));
        Assert.Equal(
            ["K1|R4|Dana|2026-03-05 09:00:00|2026-03-09 17:00:00|technical performance"],
            fixture.Rows("SELECT case_id, response_id, owner, opened_at, closed_at, category FROM fact_detractor_case ORDER BY case_id"));
    }

    public void Dispose() => fixture.Dispose();
}
