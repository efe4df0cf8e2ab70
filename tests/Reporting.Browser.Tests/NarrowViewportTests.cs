using Microsoft.Playwright;
using Reporting.Browser.Tests.Infrastructure;

namespace Reporting.Browser.Tests;

/// <summary>On a 375 px phone every page fits its width (no sideways page scroll) and its charts, with whole axis labels, show within it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NarrowViewportTests(BrowserFixture browser)
{
    private const int Width = 375;

    /// <summary>Labels of a left axis wider than the room Chart.js gave that axis (it draws them cut off at the canvas edge).</summary>
    private const string ClippedAxisLabels = @"() => Array.from(document.querySelectorAll('figure.chart canvas')).flatMap(canvas => {
        const chart = Chart.getChart(canvas);
        return Object.values(chart.scales).filter(s => s.position === 'left').flatMap(scale => {
            chart.ctx.save();
            chart.ctx.font = Chart.helpers.toFont(scale.options.ticks.font).string;
            const wide = scale.ticks.flatMap(t => [].concat(t.label)).filter(l => chart.ctx.measureText(l).width > scale.width);
            chart.ctx.restore();
            return wide.map(l => canvas.closest('figure').dataset.chart + ': ' + l);
        });
    })";

    [Theory]
    [MemberData(nameof(Pages.AllPages), MemberType = typeof(Pages))]
    public async Task Page_fits_375_pixels_with_its_charts_and_their_labels_in_view(string path)
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
        var clipped = await page.Page.EvaluateAsync<string[]>(ClippedAxisLabels);
        Assert.True(clipped.Length == 0, $"{path}: axis labels cut off: " + string.Join("; ", clipped));
        page.AssertNoProblems();
        await page.SaveAsync(Screenshots.NameOf(path) + "-375");
    }
}
