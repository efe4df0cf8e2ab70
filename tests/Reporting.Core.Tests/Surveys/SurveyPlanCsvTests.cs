using Reporting.DuckDb;
using Reporting.Core.Surveys;
using Reporting.Core.Tests.Engines;

namespace Reporting.Core.Tests.Surveys;

/// <summary>The plan's CSV: a header, the sends, then the held-back surveys; fields quoted where RFC 4180 needs it; on each engine.</summary>
public abstract class SurveyPlanCsvTests(TestEngine engine) : IDisposable
{
    private readonly SurveyFixture fixture = new(engine);

    [Fact]
    public void Sends_then_held_back_surveys_one_line_each()
    {
        var plan = fixture.Plan(SurveyFixture.May);

        var lines = SurveyPlanCsv.Write(plan).Split("\r\n");

        Assert.Equal("survey-plan-2026-05.csv", SurveyPlanCsv.FileName(plan));
        Assert.Equal(
            "status,send_on,due_on,eligible_on,contact_id,contact_name,role,account_id,account_name,segment,csm,survey_type,survey_kind,trigger,ticket_id,blocking_send_id,blocking_sent_on,reason",
            lines[0]);
        Assert.Equal(1 + 7 + 6 + 1, lines.Length); // the header, 7 sends, 6 held back, and the empty string after the last line break
        Assert.Equal("send,2026-05-12,,,B4-C1,Kai,admin,B4,Elm,SMB,Kim,nps,transactional,post_support,TK1,,,critical ticket TK1 solved on 2026-05-12", lines[7]);
        Assert.Equal(
            "held_back,,2026-05-03,2026-06-30,B4-C2,Lu,user,B4,Elm,SMB,Kim,nps,transactional,post_support,TK3,P11,2026-04-01,"
                + "critical ticket TK3 solved on 2026-05-03; held back: surveyed on 2026-04-01 (P11): no survey within 90 days",
            lines[12]);
    }

    [Fact]
    public void Fields_with_commas_or_quotes_are_quoted()
    {
        fixture.Change("UPDATE dim_account SET name = 'Birch, \"the\" tree' WHERE account_id = 'B1'");

        var csv = SurveyPlanCsv.Write(fixture.Plan(SurveyFixture.May));

        Assert.Contains(",B1,\"Birch, \"\"the\"\" tree\",SMB,", csv, StringComparison.Ordinal);
    }

    public void Dispose() => fixture.Dispose();
}

public sealed class SurveyPlanCsvTestsOnDuckDb() : SurveyPlanCsvTests(TestEngine.DuckDb);

public sealed class SurveyPlanCsvTestsOnClickHouse() : SurveyPlanCsvTests(TestEngine.ClickHouse);
