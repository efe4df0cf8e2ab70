using Reporting.DuckDb;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Reporting.Web.Tests.Signals;

/// <summary>
/// The early-warning APIs over the scenario fixture (Core tests' Signals/Fixture/scenarios.sql), with the
/// numbers ScenarioSignalTests, ScenarioPlanTests and ScenarioHealthTests compute by hand.
/// </summary>
public sealed class SignalsApiTests : IDisposable
{
    private readonly ReportingWebFactory factory = new(
        new() { ["Tests:Seed"] = "false" },
        new FixedClock(new DateTimeOffset(2026, 4, 1, 6, 0, 0, TimeSpan.Zero)));

    public SignalsApiTests()
    {
        using var client = factory.CreateClient();
        using var connection = factory.Database.Connect();
        connection.Execute(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Signals", "scenarios.sql")));
    }

    [Fact]
    public async Task Signals_of_an_account_with_their_evidence_in_snake_case()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/accounts/HND/signals?asOf=2026-04-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["account", "as_of", "periods", "signals", "fired", "current"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("HND", "Relay Ltd", "2026-04-01"), (root.GetProperty("account").GetProperty("id").GetString(), root.GetProperty("account").GetProperty("name").GetString(), root.GetProperty("as_of").GetString()));
        Assert.Equal(["sentiment_decline", "effort_rising", "reopens_rising"], root.GetProperty("fired").EnumerateArray().Select(f => f.GetString()));
        var reopens = root.GetProperty("signals").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "reopens_rising");
        Assert.Equal((5, true), (reopens.GetProperty("number").GetInt32(), reopens.GetProperty("fired").GetBoolean()));
        var check = reopens.GetProperty("checks")[0];
        Assert.Equal(("rises", true), (check.GetProperty("when").GetString(), check.GetProperty("held").GetBoolean()));
        Assert.Equal(["2025-07..2025-09 null 0", "2025-10..2025-12 0 4", "2026-01..2026-03 40 5"],
            check.GetProperty("kpi").GetProperty("periods").EnumerateArray().Select(p => $"{p.GetProperty("label").GetString()} {p.GetProperty("value").GetRawText()} {p.GetProperty("n")}"));
        var comments = root.GetProperty("signals")[1].GetProperty("checks")[1].GetProperty("comments");
        Assert.Equal(["HN8 champion", "HN9 user"], comments.EnumerateArray().Select(c => $"{c.GetProperty("response_id").GetString()} {c.GetProperty("role").GetString()}"));
    }

    [Fact]
    public async Task Without_a_date_the_server_judges_as_of_today()
    {
        using var client = factory.CreateClient();

        var today = await client.GetStringAsync("/api/accounts/HND/signals");
        var dated = await client.GetStringAsync("/api/accounts/HND/signals?asOf=2026-04-01");

        Assert.Equal(dated, today);   // the server's clock says 1 April 2026
    }

    [Fact]
    public async Task The_plan_for_a_date_is_the_same_every_time()
    {
        using var client = factory.CreateClient();

        var first = await client.GetStringAsync("/api/accounts/ESC/plan?date=2026-04-01");
        var second = await client.GetStringAsync("/api/accounts/ESC/plan?date=2026-04-01");
        var root = JsonDocument.Parse(first).RootElement;

        Assert.Equal(first, second);
        Assert.Equal("recovery", root.GetProperty("kind").GetString());
        var action = root.GetProperty("actions")[0];
        Assert.Equal(("executive_outreach", "communicate_value", "Executive sponsor", "2026-04-08", 6),
            (action.GetProperty("id").GetString(), action.GetProperty("stage").GetString(), action.GetProperty("owner").GetString(),
             action.GetProperty("due").GetString(), action.GetProperty("impact").GetInt32()));
        Assert.Equal("""{"id":"qbr_attendance","unit":"percent","direction":"up","baseline":null,"n":0,"target":90,"target_basis":"kpi_target"}""",
            action.GetProperty("kpi").GetRawText());
        Assert.Equal(["executive_escalation", "commercial_pressure"], action.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("signal").GetString()));
        Assert.Equal("sustain", JsonDocument.Parse(await client.GetStringAsync("/api/accounts/GOOD/plan?asOf=2026-04-01")).RootElement.GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Health_with_its_history_and_recovery()
    {
        using var client = factory.CreateClient();

        var root = await client.GetFromJsonAsync<JsonElement>("/api/accounts/RCV/health?asOf=2026-04-01&months=12");

        Assert.Equal((83.1, false, 70.0, 3), (root.GetProperty("current").GetProperty("score").GetDouble(), root.GetProperty("current").GetProperty("at_risk").GetBoolean(),
            root.GetProperty("at_risk_below").GetDouble(), root.GetProperty("window_months").GetInt32()));
        Assert.Equal(12, root.GetProperty("history").GetArrayLength());
        Assert.Equal("""[{"fell_below":"2025-05-31","recovered":"2025-09-30","days":122}]""", root.GetProperty("recoveries").GetRawText());
        Assert.Equal("2025-04-01", root.GetProperty("history")[0].GetProperty("month").GetString());
    }

    [Fact]
    public async Task The_kpis_answer_health_recovery_and_revenue_at_risk()
    {
        using var client = factory.CreateClient();

        var kpis = (await client.GetFromJsonAsync<JsonElement>("/api/kpis?account=RCV&from=2025-09-01&to=2026-03-31")).GetProperty("kpis");

        Assert.Equal("""{"value":122,"n":1,"low_sample":true}""", kpis.GetProperty("health_recovery_days").GetRawText());
        Assert.Equal("""{"value":0,"n":1,"low_sample":true}""", kpis.GetProperty("revenue_at_risk").GetRawText());
    }

    [Theory]
    [InlineData("/api/accounts/NOPE/health")]
    [InlineData("/api/accounts/NOPE/signals")]
    [InlineData("/api/accounts/NOPE/plan?asOf=2026-04-01")]
    [InlineData("/api/closed-loop?account=NOPE")]
    public async Task An_unknown_account_is_a_404_problem(string url)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("account", "account: no account 'NOPE'"), (problem.GetProperty("parameter").GetString(), problem.GetProperty("detail").GetString()));
    }

    [Theory]
    [InlineData("/api/accounts/HND/plan?asOf=2026-13-01", "asOf")]
    [InlineData("/api/accounts/HND/plan?date=yesterday", "date")]
    [InlineData("/api/accounts/HND/health?months=99", "months")]
    [InlineData("/api/alerts?limit=0", "limit")]
    [InlineData("/api/feature-impact?segment=Galactic", "segment")]
    [InlineData("/api/closed-loop?asOf=soon", "asOf")]
    public async Task A_bad_parameter_is_a_400_problem_naming_it(string url, string parameter)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(parameter, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Closed_loop_and_feature_impact_answer_for_an_account()
    {
        using var client = factory.CreateClient();

        var loop = await client.GetFromJsonAsync<JsonElement>("/api/closed-loop?account=HND&asOf=2026-04-01");
        var features = await client.GetFromJsonAsync<JsonElement>("/api/feature-impact");

        // HND's detractors HN8 and HN9 (January) have no case: every step overdue, nothing in time.
        Assert.Equal(2, loop.GetProperty("compliance").GetProperty("detractors").GetInt32());
        Assert.Equal(["HN8", "HN9"], loop.GetProperty("overdue").EnumerateArray().Select(o => o.GetProperty("response_id").GetString()));
        Assert.Equal(0, features.GetArrayLength());   // the scenarios request no features
    }

    public void Dispose() => factory.Dispose();
}
