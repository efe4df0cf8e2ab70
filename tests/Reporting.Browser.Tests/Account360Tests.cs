using Reporting.Browser.Tests.Infrastructure;

namespace Reporting.Browser.Tests;

/// <summary>Account 360 shows the account's own numbers: those of /api/dashboards/account?account_id=ID.</summary>
public abstract class Account360Tests(BrowserFixture browser)
{
    [Theory]
    [InlineData("ACC-0001")]
    [InlineData("ACC-0007")]
    public async Task The_page_shows_the_account_dashboard_of_the_api(string account)
    {
        await using var page = await browser.OpenAsync("/accounts/" + account);
        await page.WaitForChartsAsync();

        var view = await browser.Server.GetJsonAsync("/api/dashboards/account?account_id=" + account);
        Assert.Equal(ViewJson.Tiles(view), await page.TilesAsync());
        Assert.Contains(ViewJson.Tiles(view).Values, display => display != "—");
        foreach (var chart in ViewJson.ChartIds(view))
        {
            Assert.Equal(ViewJson.ChartTable(view, chart), await page.ChartTableAsync(chart));
            Assert.Equal(ViewJson.ChartPoints(view, chart), await page.ChartPointsAsync(chart));
        }
        page.AssertNoProblems();
    }

    [Fact]
    public async Task The_accounts_table_links_to_the_account_and_a_date_change_keeps_it()
    {
        await using var page = await browser.OpenAsync("/accounts");
        await page.Page.ClickAsync("#accounts-table tbody tr[data-account='ACC-0002'] th a");
        await page.WaitForChartsAsync();
        Assert.EndsWith("/accounts/ACC-0002", new Uri(page.Page.Url).AbsolutePath);

        await page.ChangeViewAsync(() => page.Page.Locator("select[name='grain']").SelectOptionAsync("quarter"));

        Assert.Equal("ACC-0002", page.Query["account_id"]);
        var view = await browser.Server.GetJsonAsync(await page.ViewApiUrlAsync());
        Assert.Equal("quarter", view.GetProperty("filters").GetProperty("grain").GetString());
        Assert.Equal(ViewJson.Tiles(view), await page.TilesAsync());
        Assert.Equal(ViewJson.ChartTable(view, "csat_trend"), await page.ChartTableAsync("csat_trend"));
        page.AssertNoProblems();
    }
}

[Collection(BrowserCollection.Name)]
public sealed class Account360TestsOnDuckDb(BrowserFixture browser) : Account360Tests(browser);

[Collection(ClickHouseBrowserCollection.Name)]
public sealed class Account360TestsOnClickHouse(ClickHouseBrowserFixture browser) : Account360Tests(browser);
