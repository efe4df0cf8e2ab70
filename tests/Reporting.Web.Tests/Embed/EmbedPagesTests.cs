using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Reporting.Web.Tests.Embed;

/// <summary>The settings page that builds a snippet for an admin, and the demo host page that frames an embed.</summary>
public sealed partial class EmbedPagesTests(EmbedSite site) : IClassFixture<EmbedSite>
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task The_settings_page_builds_a_snippet_whose_token_locks_what_was_picked()
    {
        var form = await Form();
        form["Form.Resource"] = "dashboard:support";
        form["Form.Account"] = "A1";
        form["Form.Locked[region]"] = "EMEA";
        form["Form.Editable"] = "dates";
        form["Form.ExpiresInMinutes"] = "30";

        var page = Parser.ParseDocument(await (await site.Client.PostAsync("/settings/embed", new FormUrlEncodedContent(form))).Content.ReadAsStringAsync());

        var snippet = page.QuerySelector("[data-testid=embed-snippet]")!.TextContent;
        var token = EmbedUrl().Match(snippet).Groups["token"].Value;
        Assert.Contains("/embed.js\" async></script>", snippet, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await site.Client.GetAsync($"/embed/{token}/api/dashboards/support?from=2026-01-01&to=2026-03-31")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await site.Client.GetAsync($"/embed/{token}/api/dashboards/support?account_id=A2")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await site.Client.GetAsync($"/embed/{token}/api/dashboards/support?region=AMER")).StatusCode);
    }

    [Fact]
    public async Task The_settings_page_says_what_is_missing()
    {
        var form = await Form();
        form["Form.Resource"] = "ebr";

        var response = await site.Client.PostAsync("/settings/embed", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Parser.ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("[data-testid=embed-error]")!.TextContent;
        Assert.Contains("Account", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_host_frames_the_per_account_dashboard_locked_to_one_account()
    {
        var page = Parser.ParseDocument(await site.Client.GetStringAsync("/embed-demo?account=A3"));

        var frame = page.QuerySelector("iframe[data-testid=embed-frame]")!.GetAttribute("src")!;
        var token = EmbedUrl().Match(frame).Groups["token"].Value;
        Assert.Equal(HttpStatusCode.OK, (await site.Client.GetAsync($"/embed/{token}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await site.Client.GetAsync($"/embed/{token}?account_id=A1")).StatusCode);
        Assert.EndsWith("/embed.js", page.QuerySelector("script[src$='embed.js']")!.GetAttribute("src"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_embed_looks_as_its_token_says_without_the_sites_chrome()
    {
        var dark = await site.Mint(new { resource = "dashboard:support", theme = "dark", bordered = true, titled = false });
        var plain = await site.Mint(new { resource = "chart:support.sla_trend" });

        var darkPage = Parser.ParseDocument(await site.Client.GetStringAsync($"/embed/{dark}"));
        var plainPage = Parser.ParseDocument(await site.Client.GetStringAsync($"/embed/{plain}"));

        Assert.Equal("dark", darkPage.DocumentElement.GetAttribute("data-theme"));
        Assert.Equal("embed-bordered embed-untitled", darkPage.Body!.ClassName);
        Assert.Null(darkPage.QuerySelector("h1"));
        Assert.Null(darkPage.QuerySelector("nav, .site-header, form[data-filter-form]"));
        Assert.Null(plainPage.DocumentElement.GetAttribute("data-theme"));
        Assert.Empty(plainPage.Body!.ClassList);
        Assert.Equal(["SLA breaches and near misses"], plainPage.QuerySelectorAll("h1, h2").Select(h => h.TextContent.Trim()));
    }

    /// <summary>The settings form's fields as served, antiforgery token included.</summary>
    private async Task<Dictionary<string, string>> Form()
    {
        var page = Parser.ParseDocument(await site.Client.GetStringAsync("/settings/embed"));
        return new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["Form.Titled"] = "true",
        };
    }

    [GeneratedRegex("/embed/(?<token>[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)")]
    private static partial Regex EmbedUrl();
}
