using Reporting.Browser.Tests.Infrastructure;

namespace Reporting.Browser.Tests;

/// <summary>
/// Explore: picking measures and a dimension updates the URL and redraws the chart with what
/// GET /api/explore answers; opening that URL again shows the same view.
/// </summary>
public abstract class ExploreTests(BrowserFixture browser)
{
    [Fact]
    public async Task Picking_measures_and_a_dimension_updates_the_url_and_chart_and_the_url_reproduces_them()
    {
        await using var page = await browser.OpenAsync("/explore");
        await page.WaitForChartsAsync();
        var chartId = await page.Page.GetAttributeAsync("figure.chart", "data-chart");
        var extra = page.Page.Locator("input[name='x.measure']:not(:checked)").First;
        var measure = await extra.GetAttributeAsync("value");
        var dimension = page.Page.Locator("select[name='x.dimension']");
        // Priority: a handful of values. (Ticket id, also offered, draws one line per ticket: ~14 s for 1,057 lines.)
        const string breakdown = "priority";

        await page.ChangeViewAsync(() => extra.CheckAsync());
        await page.ChangeViewAsync(() => dimension.SelectOptionAsync(breakdown));

        Assert.Contains(measure!, page.QueryValues("x.measure"));
        Assert.Equal(breakdown, page.Query["x.dimension"]);
        var checkedMeasures = await CheckedMeasuresAsync(page);
        Assert.Equal(checkedMeasures, page.QueryValues("x.measure"));
        var view = await browser.Server.GetJsonAsync(await page.ViewApiUrlAsync());
        Assert.Equal(ViewJson.ChartPoints(view, chartId!), await page.ChartPointsAsync(chartId!));
        var table = await page.ChartTableAsync(chartId!);
        Assert.Equal(ViewJson.ChartTable(view, chartId!), table);
        // One column per measure picked, after the breakdown and the period.
        Assert.Equal(checkedMeasures.Count + 2, table[0].Count);
        page.AssertNoProblems();

        await using var again = await browser.OpenAsync(page.PathAndQuery);
        await again.WaitForChartsAsync();
        Assert.Equal(checkedMeasures, await CheckedMeasuresAsync(again));
        Assert.Equal(breakdown, await again.Page.Locator("select[name='x.dimension']").InputValueAsync());
        Assert.Equal(table, await again.ChartTableAsync(chartId!));
        Assert.Equal(await page.ChartPointsAsync(chartId!), await again.ChartPointsAsync(chartId!));
        again.AssertNoProblems();
    }

    private static async Task<List<string>> CheckedMeasuresAsync(WatchedPage page) =>
        [.. await page.Page.EvalOnSelectorAllAsync<string[]>("input[name='x.measure']:checked", "all => all.map(i => i.value)")];
}

[Collection(BrowserCollection.Name)]
public sealed class ExploreTestsOnDuckDb(BrowserFixture browser) : ExploreTests(browser);

[Collection(ClickHouseBrowserCollection.Name)]
public sealed class ExploreTestsOnClickHouse(ClickHouseBrowserFixture browser) : ExploreTests(browser);
