using Reporting.DuckDb;
using System.Text.Json;
using Reporting.Core.Storage;

namespace Reporting.Cli.Tests.Surveys;

/// <summary>`reporting survey-plan` over the hand-written survey fixture of the core tests (Surveys/survey_fixture.sql).</summary>
public sealed class SurveyPlanCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public SurveyPlanCommandTests()
    {
        using var database = ReportingDatabase.Open(folder.File("db.duckdb"));
        using var connection = database.Connect();
        connection.Execute(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Surveys", "survey_fixture.sql")));
    }

    [Fact]
    public void Json_gives_the_months_sends_and_held_back_surveys()
    {
        var (exitCode, output) = CliRun.Invoke("survey-plan", "--db", folder.File("db.duckdb"), "--month", "2026-05", "--json");

        Assert.Equal(0, exitCode);
        var plan = JsonDocument.Parse(output).RootElement;
        // As SurveyPlanTests works out by hand.
        Assert.Equal(
            ["B1-C3 quarterly", "B3-C1 post_onboarding", "B3-C4 post_onboarding", "B1-C1 pre_renewal", "B1-C2 pre_renewal", "B2-C2 quarterly", "B4-C1 post_support"],
            plan.GetProperty("sends").EnumerateArray().Select(s => $"{s.GetProperty("contactId")} {s.GetProperty("trigger")}"));
        Assert.Equal(
            ["B1-C2 2026-08-04", "B2-C1 2026-06-11", "B2-C3 2026-06-18", "B4-C1 2026-08-10", "B4-C2 2026-06-30", "B4-C1 2026-08-10"],
            plan.GetProperty("heldBack").EnumerateArray().Select(h => $"{h.GetProperty("contactId")} {h.GetProperty("eligibleOn")}"));
    }

    [Fact]
    public void Without_json_it_prints_the_sends_and_the_held_back_surveys_as_tables()
    {
        var (exitCode, output) = CliRun.Invoke("survey-plan", "--db", folder.File("db.duckdb"), "--month", "2026-05", "--cohort-share", "34");

        Assert.Equal(0, exitCode);
        Assert.Contains("Survey plan for 2026-05: relational cohort 2 of 3 (33.3 % of active contacts), at most one survey per contact in 90 days.", output);
        Assert.Contains("7 to send", output);
        Assert.Contains("6 held back by the cap", output);
        Assert.Contains("critical ticket TK1 solved on 2026-05-12", output);
    }

    [Fact]
    public void Csv_prints_the_download()
    {
        var (exitCode, output) = CliRun.Invoke("survey-plan", "--db", folder.File("db.duckdb"), "--month", "2026-05", "--csv");

        Assert.Equal(0, exitCode);
        var lines = output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(14, lines.Length);
        Assert.StartsWith("held_back,,2026-05-20,2026-08-10,B4-C1,Kai,admin,B4,Elm,SMB,Kim,nps,transactional,post_support,TK2,,2026-05-12,", lines[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-13", null, "error: month: '2026-13' is not a month (YYYY-MM)")]
    [InlineData("2026-05", "-5", "error: cohort-share: -5 is not a percent above 0 and at most 100")]
    public void A_bad_option_is_named(string month, string? share, string message)
    {
        string[] args = ["survey-plan", "--db", folder.File("db.duckdb"), "--month", month, .. share is null ? Array.Empty<string>() : ["--cohort-share", share]];

        var (exitCode, output) = CliRun.Invoke(args);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, output);
    }

    public void Dispose() => folder.Dispose();
}
