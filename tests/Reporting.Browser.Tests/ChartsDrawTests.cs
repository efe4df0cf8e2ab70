using Reporting.Browser.Tests.Infrastructure;

namespace Reporting.Browser.Tests;

/// <summary>Every chart of a page is drawn, on a canvas with room, with the points the view API answers.</summary>
public abstract class ChartsDrawTests(BrowserFixture browser)
{
    [Theory]
    [MemberData(nameof(Pages.ChartPages), MemberType = typeof(Pages))]
    public async Task Every_canvas_is_drawn_with_the_points_of_the_view(string path)
    {
        await using var page = await browser.OpenAsync(path);
        await page.WaitForChartsAsync();

        var canvases = page.Page.Locator("figure.chart canvas");
        Assert.True(await canvases.CountAsync() > 0, $"{path} has no chart");
        foreach (var canvas in await canvases.AllAsync())
        {
            Assert.Equal("true", await canvas.GetAttributeAsync("data-drawn"));
            var box = await canvas.BoundingBoxAsync();
            Assert.True(box is { Width: > 100, Height: > 100 }, $"{path}: a canvas is {box?.Width}×{box?.Height}");
        }

        // The first view is inlined by the server; it must be the one the API answers for the same URL.
        var apiUrl = path.StartsWith("/accounts/", StringComparison.Ordinal)
            ? "/api/dashboards/account?account_id=" + Pages.Account
            : await page.ViewApiUrlAsync();
        var view = await browser.Server.GetJsonAsync(apiUrl);
        foreach (var chart in ViewJson.ChartIds(view))
        {
            Assert.Equal(ViewJson.ChartPoints(view, chart), await page.ChartPointsAsync(chart));
            Assert.Contains(ViewJson.ChartPoints(view, chart), set => set.Any(v => v is not null));
        }
    }
}

[Collection(BrowserCollection.Name)]
public sealed class ChartsDrawTestsOnDuckDb(BrowserFixture browser) : ChartsDrawTests(browser);

[Collection(ClickHouseBrowserCollection.Name)]
public sealed class ChartsDrawTestsOnClickHouse(ClickHouseBrowserFixture browser) : ChartsDrawTests(browser);
