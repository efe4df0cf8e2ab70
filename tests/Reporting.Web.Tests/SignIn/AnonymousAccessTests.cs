using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Reporting.Web.Tests.SignIn;

/// <summary>Without a session or a key: pages send people to /signin, APIs answer 401, the few open paths stay open.</summary>
public sealed class AnonymousAccessTests(TeamSite site) : IClassFixture<TeamSite>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/dashboards/support")]
    [InlineData("/accounts")]
    [InlineData("/accounts/A1")]
    [InlineData("/explore")]
    [InlineData("/alerts")]
    [InlineData("/data")]
    [InlineData("/settings/embed")]
    [InlineData("/embed-demo")]
    [InlineData("/admin/audit")]
    [InlineData("/accounts/A1/ebr")]
    [InlineData("/accounts/A1/ebr.pdf")]
    public async Task A_page_redirects_to_sign_in_with_where_it_was(string path)
    {
        using var client = site.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"http://localhost/signin?returnUrl={Uri.EscapeDataString(path)}", response.Headers.Location?.ToString());
    }

    [Theory]
    [InlineData("GET", "/api/kpis")]
    [InlineData("GET", "/api/dashboards/overview")]
    [InlineData("GET", "/api/explore?x.cube=tickets&x.measure=tickets.count")]
    [InlineData("GET", "/api/cube/meta")]
    [InlineData("GET", "/api/cube/csv?query=%7B%7D")]
    [InlineData("POST", "/api/cube/query")]
    [InlineData("POST", "/api/cube/sql")]
    [InlineData("GET", "/api/accounts/A1/health")]
    [InlineData("GET", "/api/alerts")]
    [InlineData("GET", "/api/surveys/plan.csv")]
    [InlineData("GET", "/openapi/v1.json")]
    public async Task An_api_answers_401_problem_details(string method, string path)
    {
        using var client = site.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? JsonContent.Create(new { }) : null });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Sign-in required", problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("/healthz", HttpStatusCode.OK)]
    [InlineData("/signin", HttpStatusCode.OK)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    [InlineData("/favicon.svg", HttpStatusCode.OK)]
    [InlineData("/status/404", HttpStatusCode.OK)]
    [InlineData("/no/such/page", HttpStatusCode.NotFound)]
    public async Task Open_paths_stay_open(string path, HttpStatusCode expected)
    {
        using var client = site.Factory.CreateAnonymousClient();

        Assert.Equal(expected, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Embeds_answer_for_their_token_not_for_a_session()
    {
        using var client = site.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await client.GetAsync("/embed/not-a-token/api/dashboards/support");

        // The token's own refusal, not a redirect to sign-in: the token is the policy.
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("not a signed JWT", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
