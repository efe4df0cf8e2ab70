using System.Net;
using System.Text;

namespace Reporting.Web.Tests.SignIn;

/// <summary>A request that changes data with the session cookie, sent by another site, is refused.</summary>
public sealed class CrossSiteRequestTests : IDisposable
{
    private const string Key = "cross-site-test-key-0123456789";

    private readonly ReportingWebFactory factory = new(new()
    {
        ["Tests:Seed"] = "false",
        ["Reporting:Auth:ApiKeys:0:Name"] = "reader",
        ["Reporting:Auth:ApiKeys:0:Key"] = Key,
        ["Reporting:Auth:ApiKeys:0:Scopes:0"] = "read",
    });

    [Theory]
    [InlineData("Sec-Fetch-Site", "cross-site", HttpStatusCode.Forbidden)]
    [InlineData("Sec-Fetch-Site", "same-site", HttpStatusCode.Forbidden)]
    [InlineData("Origin", "http://evil.example", HttpStatusCode.Forbidden)]
    [InlineData("Origin", "http://localhost.evil.example", HttpStatusCode.Forbidden)]
    [InlineData("Sec-Fetch-Site", "same-origin", HttpStatusCode.OK)]
    [InlineData("Sec-Fetch-Site", "none", HttpStatusCode.OK)]
    [InlineData("Origin", "http://localhost", HttpStatusCode.OK)]
    [InlineData("X-Not-A-Browser", "curl", HttpStatusCode.OK)]
    public async Task A_post_with_the_session_is_answered_only_from_this_site(string header, string value, HttpStatusCode expected)
    {
        using var client = factory.CreateClient();
        using var request = CubeQuery();
        request.Headers.Add(header, value);

        using var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.Contains("another site sent it", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_program_with_an_api_key_is_not_a_cross_site_request()
    {
        using var client = factory.CreateAnonymousClient();
        using var request = CubeQuery();
        request.Headers.Add("X-Api-Key", Key);
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_cross_site_get_with_the_session_still_reads()
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/cube/meta");
        request.Headers.Add("Sec-Fetch-Site", "cross-site");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public void Dispose() => factory.Dispose();

    private static HttpRequestMessage CubeQuery() => new(HttpMethod.Post, "/api/cube/query")
    {
        Content = new StringContent("""{"measures": ["tickets.count"]}""", Encoding.UTF8, "application/json"),
    };
}
