using Microsoft.Playwright;
using Reporting.Browser.Tests.Infrastructure;

namespace Reporting.Browser.Tests;

/// <summary>
/// The demo portal (/embed-demo, opened as http://localhost:PORT) frames a dashboard locked to one
/// account from another origin (http://127.0.0.1:PORT): the frame grows to its content through
/// embed.js, and shows that account's numbers, those of /api/dashboards/account?account_id=ID.
/// </summary>
public abstract class EmbedDemoTests(BrowserFixture browser)
{
    private const string Account = "ACC-0003";

    [Fact]
    public async Task The_portal_shows_the_embedded_dashboard_sized_to_its_content_with_the_accounts_numbers()
    {
        await using var page = await browser.OpenAsync($"{browser.Server.PortalOrigin}/embed-demo?account={Account}");
        var frame = await EmbedFrameAsync(page);

        Assert.StartsWith(browser.Server.EmbedOrigin + "/embed/", frame.Url, StringComparison.Ordinal);
        Assert.StartsWith(browser.Server.PortalOrigin, page.Page.Url, StringComparison.Ordinal);
        await AssertSizedToContentAsync(page, frame);
        var view = await browser.Server.GetJsonAsync("/api/dashboards/account?account_id=" + Account);
        Assert.Equal(ViewJson.Tiles(view), await frame.TilesAsync());
        Assert.Contains(ViewJson.Tiles(view).Values, display => display != "—");
        foreach (var chart in ViewJson.ChartIds(view))
        {
            Assert.Equal(ViewJson.ChartTable(view, chart), await frame.ChartTableAsync(chart));
        }
        Assert.Equal(0, await frame.Locator("select[name=account_id]").CountAsync());
        await page.SaveAsync("embed-demo");
        page.AssertNoProblems();
    }

    [Fact]
    public async Task A_date_change_inside_the_frame_stays_locked_to_the_account()
    {
        await using var page = await browser.OpenAsync($"{browser.Server.PortalOrigin}/embed-demo?account={Account}");
        var frame = await EmbedFrameAsync(page);

        await page.Page.RunAndWaitForResponseAsync(
            () => frame.Locator("select[name=grain]").SelectOptionAsync("quarter"),
            r => r.Url.Contains("/api/dashboards/account", StringComparison.Ordinal) && r.Status == 200);
        await frame.WaitForSelectorAsync("[data-dashboard]:not([aria-busy])");
        await frame.WaitForChartsAsync();

        var view = await browser.Server.GetJsonAsync($"/api/dashboards/account?account_id={Account}&grain=quarter");
        Assert.Equal(ViewJson.Tiles(view), await frame.TilesAsync());
        Assert.Equal(ViewJson.ChartTable(view, "csat_trend"), await frame.ChartTableAsync("csat_trend"));
        await AssertSizedToContentAsync(page, frame);
        page.AssertNoProblems();
    }

    private static async Task<IFrame> EmbedFrameAsync(WatchedPage page)
    {
        var element = await page.Page.WaitForSelectorAsync("iframe[data-testid=embed-frame]");
        var frame = (await element!.ContentFrameAsync())!;
        await frame.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await frame.WaitForChartsAsync();
        return frame;
    }

    /// <summary>The iframe's height, set by embed.js from the frame's messages, equals the height of what it shows.</summary>
    private static async Task AssertSizedToContentAsync(WatchedPage page, IFrame frame)
    {
        var content = await frame.EvaluateAsync<int>("() => Math.ceil(document.documentElement.getBoundingClientRect().height)");
        await page.Page.WaitForFunctionAsync("h => document.querySelector('iframe[data-testid=embed-frame]').getBoundingClientRect().height === h",
            content, new PageWaitForFunctionOptions { PollingInterval = 50, Timeout = 10_000 });
        Assert.True(content > 600, $"the frame's content is {content} px tall, more than the 150 px the portal gave it");
        var scrolls = await frame.EvaluateAsync<bool>("() => document.documentElement.scrollHeight > window.innerHeight + 1");
        Assert.False(scrolls, "the frame scrolls inside itself");
    }
}

[Collection(BrowserCollection.Name)]
public sealed class EmbedDemoTestsOnDuckDb(BrowserFixture browser) : EmbedDemoTests(browser);

[Collection(ClickHouseBrowserCollection.Name)]
public sealed class EmbedDemoTestsOnClickHouse(ClickHouseBrowserFixture browser) : EmbedDemoTests(browser);
