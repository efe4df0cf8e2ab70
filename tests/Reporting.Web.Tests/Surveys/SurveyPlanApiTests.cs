using Reporting.DuckDb;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Reporting.Web.Tests.Surveys;

/// <summary>The survey planner over HTTP, on the hand-written survey fixture of the core tests (Surveys/survey_fixture.sql).</summary>
public sealed class SurveyPlanApiTests : IDisposable
{
    private readonly ReportingWebFactory factory = new(new() { ["Tests:Seed"] = "false" });

    public SurveyPlanApiTests()
    {
        using var client = factory.CreateClient();
        using var connection = factory.Database.Connect();
        connection.Execute(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Surveys", "survey_fixture.sql")));
    }

    [Fact]
    public async Task The_plan_is_json_with_the_sends_and_the_surveys_held_back()
    {
        using var client = factory.CreateClient();

        var plan = await client.GetFromJsonAsync<JsonElement>("/api/surveys/plan?month=2026-05");

        Assert.Equal(["month", "cohortShare", "cycleMonths", "cohort", "capDays", "sends", "heldBack"], plan.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2026-05|33.3|3|2|90", $"{plan.GetProperty("month")}|{plan.GetProperty("cohortShare")}|{plan.GetProperty("cycleMonths")}|{plan.GetProperty("cohort")}|{plan.GetProperty("capDays")}");
        // As SurveyPlanTests works out by hand.
        Assert.Equal(
            ["B1-C3 2026-05-01", "B3-C1 2026-05-01", "B3-C4 2026-05-01", "B1-C1 2026-05-06", "B1-C2 2026-05-06", "B2-C2 2026-05-11", "B4-C1 2026-05-12"],
            plan.GetProperty("sends").EnumerateArray().Select(s => $"{s.GetProperty("contactId")} {s.GetProperty("sendOn")}"));
        var held = plan.GetProperty("heldBack").EnumerateArray().First(h => h.GetProperty("contactId").GetString() == "B2-C3");
        Assert.Equal(
            """{"contactId":"B2-C3","contactName":"Gus","role":"user","accountId":"B2","accountName":"Cedar","segment":"Enterprise","csm":"Ng","surveyType":"nps","surveyKind":"relational","trigger":"quarterly","dueOn":"2026-05-01","eligibleOn":"2026-06-18","blockingSendId":"P06","blockingSentOn":"2026-03-20","blockingTrigger":"post_support","reason":"relational cohort 2 of 3: every active contact once every 3 months; held back: surveyed on 2026-03-20 (P06): no survey within 90 days","ticketId":null}""",
            held.GetRawText());
    }

    [Fact]
    public async Task A_cohort_share_changes_the_cycle()
    {
        using var client = factory.CreateClient();

        var plan = await client.GetFromJsonAsync<JsonElement>("/api/surveys/plan?month=2026-05&cohortShare=25");

        Assert.Equal("25|4|1", $"{plan.GetProperty("cohortShare")}|{plan.GetProperty("cycleMonths")}|{plan.GetProperty("cohort")}");
    }

    [Theory]
    [InlineData("/api/surveys/plan.csv?month=2026-05")]
    [InlineData("/api/surveys/plan?month=2026-05&format=csv")]
    public async Task The_plan_downloads_as_csv(string url)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("survey-plan-2026-05.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + 7 + 6, lines.Length);
        Assert.StartsWith("status,send_on,due_on,eligible_on,contact_id,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("send,2026-05-01,,,B1-C3,Cy,user,B1,Birch,SMB,Kim,nps,relational,quarterly,", lines[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/surveys/plan", "month")]
    [InlineData("/api/surveys/plan?month=2026-5x", "month")]
    [InlineData("/api/surveys/plan?month=2026-05&cohortShare=0", "cohort-share")]
    [InlineData("/api/surveys/plan?month=2026-05&format=xml", "format")]
    [InlineData("/api/surveys/plan.csv?month=May", "month")]
    public async Task A_bad_request_is_a_problem_naming_the_parameter(string url, string parameter)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(parameter, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("parameter").GetString());
    }

    public void Dispose() => factory.Dispose();
}
