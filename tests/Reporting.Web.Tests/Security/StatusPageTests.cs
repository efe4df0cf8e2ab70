using System.Net;

namespace Reporting.Web.Tests.Security;

/// <summary>A status without a body is a page of the site for people (under its status) and ProblemDetails for programs.</summary>
public sealed class StatusPageTests
{
    [Theory]
    [InlineData("/accounts/NOPE", "text/html")]
    [InlineData("/no-such-page", "text/html")]
    [InlineData("/api/no-such-route", "application/problem+json")]
    public async Task A_bodiless_404_is_a_page_for_people_and_problem_details_for_programs(string path, string type)
    {
        using var server = new ReportingWebFactory(new() { ["Tests:Seed"] = "false" });
        using var client = server.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        if (type == "text/html")
        {
            Assert.Contains("<h1>Not found</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }
}
