using Microsoft.Playwright;
using Reporting.Browser.Tests.Infrastructure;

namespace Reporting.Browser.Tests;

/// <summary>On a 375 px phone every page fits its width (no sideways page scroll) and its charts show within it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NarrowViewportTests(BrowserFixture browser)
{
    private const int Width = 375;

    [Theory]
    [MemberData(nameof(Pages.AllPages), MemberType = typeof(Pages))]
    public async Task Page_fits_375_pixels_without_horizontal_scroll(string path)
    {
        await using var page = await browser.OpenAsync(path, new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = Width, Height = 812 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 2,
        });
        if (Pages.WithCharts.Contains(path))
        {
            await page.WaitForChartsAsync();
        }

        var scrollWidth = await page.Page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth");
        Assert.True(scrollWidth <= Width, $"{path} is {scrollWidth} px wide at {Width} px");
        foreach (var canvas in await page.Page.Locator("figure.chart canvas").AllAsync())
        {
            await canvas.ScrollIntoViewIfNeededAsync();
            Assert.True(await canvas.IsVisibleAsync());
            var box = await canvas.BoundingBoxAsync();
            Assert.True(box is { Width: > 200, Height: > 100 } && box.X >= 0 && box.X + box.Width <= Width,
                $"{path}: a chart is at x={box?.X}, {box?.Width}×{box?.Height}");
        }
        page.AssertNoProblems();
        await page.SaveAsync(Screenshots.NameOf(path) + "-375");
    }
}
