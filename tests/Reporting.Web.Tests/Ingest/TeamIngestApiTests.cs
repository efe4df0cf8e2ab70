using Reporting.DuckDb;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Reporting.Web.Tests.Ingest;

/// <summary>POST /api/ingest/team: the same team load as `reporting load --kind team`.</summary>
public sealed class TeamIngestApiTests : IDisposable
{
    private const string Key = "test-key-team";
    private readonly ReportingWebFactory factory = new(new()
    {
        ["Tests:Seed"] = "false",
        ["Reporting:ApiKeys:0"] = Key,
    });

    [Fact]
    public async Task A_team_file_replaces_the_team_and_answers_what_it_removed()
    {
        using var client = factory.CreateClient();
        await client.SendAsync(IngestApiTests.Post("/api/ingest/team?filename=team.csv", "email,name,role\nada@x.io,Ada,admin\nbo@x.io,Bo,csm\n", Key));

        var response = await client.SendAsync(IngestApiTests.Post("/api/ingest/team?filename=team.csv", "email,name,role,manager_email\nADA@x.io,Ada,admin,\ncy@x.io,Cy,csm,ada@x.io\n", Key));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("team", 1, 1, 1), (report.GetProperty("kind").GetString(), report.GetProperty("inserted").GetInt32(), report.GetProperty("replaced").GetInt32(), report.GetProperty("removed").GetInt32()));
        Assert.Equal(["ada@x.io|admin|", "cy@x.io|csm|ada@x.io"], Members());
    }

    [Fact]
    public async Task A_bad_team_file_is_a_422_naming_line_column_and_value()
    {
        using var client = factory.CreateClient();

        var response = await client.SendAsync(IngestApiTests.Post("/api/ingest/team?filename=team.csv", "email,name,role,manager_email\nada@x.io,Ada,admin,nobody@x.io\n", Key));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(
            "team.csv:2: column 'manager_email' value 'nobody@x.io': names no member of the team (a manager must be a row of the file too)",
            report.GetProperty("errors")[0].GetProperty("message").GetString());
        // The team as it was: only the admin the test client signed in as.
        Assert.Equal([TeamSignIn.Admin + "|admin|"], Members());
    }

    private string[] Members()
    {
        using var connection = factory.Database.Connect();
        var rows = connection.Query("SELECT email || '|' || role || '|' || coalesce(manager_email, '') AS m FROM dim_team_member ORDER BY email");
        return rows.Column<string>("m").Values.ToArray();
    }

    public void Dispose() => factory.Dispose();
}
