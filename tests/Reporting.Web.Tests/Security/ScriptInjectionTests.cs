using System.Net;
using System.Text.Json;

namespace Reporting.Web.Tests.Security;

/// <summary>
/// Finding 1 of the hostile-input review: values stored through ingest (a CSM, an account name, survey
/// comments) and values reflected from the URL (segment, priority, v.search) never become markup or
/// script on any page, and come back intact in the view the page inlines. The main UI sends a
/// Content-Security-Policy that runs only its own scripts and lets no one frame it.
/// </summary>
public sealed class ScriptInjectionTests(HostileSite site) : IClassFixture<HostileSite>
{
    private const string Reflected = "</script><script>alert(9)</script>";

    public static TheoryData<string> StoredPages => new()
    {
        "/",
        "/dashboards/overview",
        "/dashboards/sentiment?from=2026-01-01&to=2026-03-31",
        "/dashboards/support?from=2026-01-01&to=2026-03-31",
        "/explore?x.cube=tickets&x.measure=tickets.count&x.dimension=csm&from=2026-01-01&to=2026-03-31",
        "/explore?x.cube=surveys&x.measure=surveys.nps_responses&x.dimension=account_name&from=2026-01-01&to=2026-03-31",
        "/accounts",
        "/accounts/H1?from=2026-01-01&to=2026-03-31",
        "/alerts",
        "/data",
    };

    public static TheoryData<string> ReflectedPages => new()
    {
        "/?segment=" + Uri.EscapeDataString(Reflected),
        "/dashboards/support?priority=" + Uri.EscapeDataString(Reflected),
        "/dashboards/sentiment?v.search=" + Uri.EscapeDataString(Reflected),
        "/explore?x.cube=tickets&x.measure=tickets.count&segment=" + Uri.EscapeDataString(Reflected),
        "/accounts/H1?csm=" + Uri.EscapeDataString(Reflected),
        "/accounts?q=" + Uri.EscapeDataString(Reflected),
    };

    [Theory]
    [MemberData(nameof(StoredPages))]
    public async Task Stored_values_stay_text(string url)
    {
        var (page, response) = await site.Page(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        InertMarkup.Assert(page, url);
        if (page.GetElementById("dashboard-view") is { } inlined)
        {
            JsonDocument.Parse(inlined.TextContent).Dispose();
        }
    }

    [Theory]
    [MemberData(nameof(ReflectedPages))]
    public async Task Reflected_values_stay_text(string url)
    {
        var (page, response) = await site.Page(url);

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        InertMarkup.Assert(page, url);
    }

    [Fact]
    public async Task The_inlined_view_holds_the_csm_exactly_as_loaded()
    {
        var (page, _) = await site.Page("/explore?x.cube=tickets&x.measure=tickets.count&x.dimension=csm&from=2026-01-01&to=2026-03-31");

        var json = page.GetElementById("dashboard-view")!.TextContent;
        Assert.DoesNotContain("<", json, StringComparison.Ordinal);
        Assert.Contains(HostileSite.Csm, Unescaped(json), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sentiment_shows_the_comments_as_text()
    {
        var (page, _) = await site.Page("/dashboards/sentiment?from=2026-01-01&to=2026-03-31");

        Assert.Contains(HostileSite.ImageComment, page.Body!.TextContent);
        Assert.Empty(page.QuerySelectorAll("img"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/accounts")]
    [InlineData("/no-such-page")]
    public async Task The_main_ui_sends_a_policy_and_refuses_to_be_framed(string url)
    {
        var response = await site.Client.GetAsync(url);

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    private static string Unescaped(string json) => JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement,
        new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
