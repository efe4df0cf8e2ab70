using System.Net;
using AngleSharp.Html.Parser;
using Reporting.Tests.Pdf;

namespace Reporting.Web.Tests.Embed;

/// <summary>An ebr:&lt;account&gt; token downloads that account's EBR pack, and nothing else; a dashboard token downloads no pack.</summary>
public sealed class EmbedEbrTests(EmbedSite site) : IClassFixture<EmbedSite>
{
    private static readonly object Pack = new { resource = "ebr:A1", filters = new { from = "2026-01-01", to = "2026-03-31" } };

    [Fact]
    public async Task The_token_downloads_its_accounts_pack_for_the_locked_dates()
    {
        var token = await site.Mint(Pack);

        var response = await site.Client.GetAsync($"/embed/{token}/ebr.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("ebr-A1-2026-01-01-2026-03-31.pdf", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        var path = Path.Combine(site.Factory.Directory, $"{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        var text = Poppler.Flat(path);
        Assert.Contains("Acme", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bolt", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=2025-01-01")]
    [InlineData("account_id=A2")]
    public async Task Changing_what_the_pack_token_locks_is_403(string query) =>
        await EmbedRefusalTests.AssertRefused(await site.Client.GetAsync($"/embed/{await site.Mint(Pack)}/ebr.pdf?{query}"), 403, "");

    [Fact]
    public async Task A_dashboard_token_downloads_no_pack_and_a_pack_token_reads_no_dashboard()
    {
        var dashboard = await site.Mint(new { resource = "dashboard:account", filters = new { account_id = "A1" } });
        var pack = await site.Mint(Pack);

        await EmbedRefusalTests.AssertRefused(await site.Client.GetAsync($"/embed/{dashboard}/ebr.pdf"), 403, "not an EBR pack");
        await EmbedRefusalTests.AssertRefused(await site.Client.GetAsync($"/embed/{pack}/api/dashboards/account"), 403, "not dashboard:account");
    }

    [Fact]
    public async Task The_embed_page_of_a_pack_token_offers_the_download()
    {
        var token = await site.Mint(Pack);

        var page = new HtmlParser().ParseDocument(await site.Client.GetStringAsync($"/embed/{token}"));

        Assert.Equal("Executive Business Review: Acme", page.QuerySelector("h1")!.TextContent);
        Assert.Equal($"/embed/{token}/ebr.pdf", page.QuerySelector("[data-testid=ebr-download]")!.GetAttribute("href"));
    }
}
