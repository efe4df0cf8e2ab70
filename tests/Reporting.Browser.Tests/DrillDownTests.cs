using System.Text.Json;
using Microsoft.Playwright;
using Reporting.Browser.Tests.Infrastructure;

namespace Reporting.Browser.Tests;

/// <summary>
/// A click on a breakdown (a table row's header, or a bar of the chart) filters the dashboard by it:
/// the filter joins the URL and the numbers become the API's for that URL.
/// </summary>
public abstract class DrillDownTests(BrowserFixture browser)
{
    private const string Chart = "reopen_rate_by_tier";

    [Fact]
    public async Task Clicking_a_table_row_filters_by_its_value()
    {
        await using var page = await browser.OpenAsync("/");
        await page.WaitForChartsAsync();
        var before = await page.TilesAsync();
        var figure = page.Page.Locator($"[data-chart='{Chart}']");
        await figure.Locator("[data-toggle-table]").ClickAsync();
        var row = figure.Locator("button[data-drill-field][data-drill-value]").First;
        var (field, value) = (await row.GetAttributeAsync("data-drill-field"), await row.GetAttributeAsync("data-drill-value"));

        await page.ChangeViewAsync(() => row.ClickAsync());

        await AssertFilteredAsync(page, field!, value!, before);
    }

    [Fact]
    public async Task Clicking_a_bar_filters_by_its_value()
    {
        await using var page = await browser.OpenAsync("/");
        await page.WaitForChartsAsync();
        var before = await page.TilesAsync();
        var canvas = page.Page.Locator($"[data-chart='{Chart}'] canvas");
        // Where Chart.js put the tallest bar (in CSS pixels of the canvas), and the breakdown value it stands for.
        var bar = JsonSerializer.Deserialize<BarSpot>(await canvas.EvaluateAsync<string>(@"canvas => {
            const chart = Chart.getChart(canvas);
            const values = chart.data.datasets[0].data;
            const index = values.indexOf(Math.max(...values.filter(v => v !== null)));
            const centre = chart.getDatasetMeta(0).data[index].getCenterPoint(true);
            return JSON.stringify({ x: centre.x, y: centre.y, index: index });
        }"), JsonSerializerOptions.Web)!;
        var view = await browser.Server.GetJsonAsync(await page.ViewApiUrlAsync());
        var chart = ViewJson.Chart(view, Chart);
        var value = chart.GetProperty("data").GetProperty("keys")[bar.Index].GetString()!;
        var field = chart.GetProperty("breakdownField").GetString()!;

        await page.ChangeViewAsync(() => canvas.ClickAsync(new LocatorClickOptions { Position = new Position { X = bar.X, Y = bar.Y } }));

        await AssertFilteredAsync(page, field, value, before);
    }

    private async Task AssertFilteredAsync(WatchedPage page, string field, string value, Dictionary<string, string> before)
    {
        Assert.Equal(value, page.Query[field]);
        var view = await browser.Server.GetJsonAsync(await page.ViewApiUrlAsync());
        var after = await page.TilesAsync();
        Assert.Equal(ViewJson.Tiles(view), after);
        Assert.NotEqual(before, after);
        // The drilled chart now holds the one value clicked.
        Assert.Equal(ViewJson.ChartTable(view, Chart), await page.ChartTableAsync(Chart));
        Assert.Equal(2, (await page.ChartTableAsync(Chart)).Count);
        page.AssertNoProblems();
    }

    private sealed record BarSpot(float X, float Y, int Index);
}

[Collection(BrowserCollection.Name)]
public sealed class DrillDownTestsOnDuckDb(BrowserFixture browser) : DrillDownTests(browser);

[Collection(ClickHouseBrowserCollection.Name)]
public sealed class DrillDownTestsOnClickHouse(ClickHouseBrowserFixture browser) : DrillDownTests(browser);
