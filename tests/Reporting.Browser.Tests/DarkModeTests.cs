using Microsoft.Playwright;
using Reporting.Browser.Tests.Infrastructure;

namespace Reporting.Browser.Tests;

/// <summary>
/// Dark mode, chosen with the toggle or by the system (prefers-color-scheme), darkens the page and
/// keeps its text readable (WCAG AA contrast) and the charts drawn in the theme's colours.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DarkModeTests(BrowserFixture browser)
{
    [Fact]
    public async Task Light_mode_is_light_and_readable()
    {
        await using var page = await browser.OpenAsync("/");
        await page.WaitForChartsAsync();

        Assert.True(await page.BackgroundLuminanceAsync() > 0.8);
        await page.AssertReadableAsync();
        await page.SaveAsync("overview-light");
    }

    [Fact]
    public async Task The_toggle_darkens_the_page_keeps_it_readable_and_is_remembered()
    {
        await using var page = await browser.OpenAsync("/");
        await page.WaitForChartsAsync();

        await page.Page.ClickAsync("[data-theme-toggle]");
        await page.WaitForChartsAsync();

        Assert.True(await page.BackgroundLuminanceAsync() < 0.05);
        Assert.Equal("true", await page.Page.GetAttributeAsync("[data-theme-toggle]", "aria-pressed"));
        await page.AssertReadableAsync();
        await AssertChartsUseTheThemeTextAsync(page);
        await page.SaveAsync("overview-dark-toggle");

        await page.GotoAsync("/dashboards/support");
        Assert.True(await page.BackgroundLuminanceAsync() < 0.05, "the choice is not remembered on the next page");
        page.AssertNoProblems();
    }

    [Fact]
    public async Task The_system_dark_preference_darkens_the_page_and_keeps_it_readable()
    {
        await using var page = await browser.OpenAsync("/", new BrowserNewContextOptions { ColorScheme = ColorScheme.Dark });
        await page.WaitForChartsAsync();

        Assert.True(await page.BackgroundLuminanceAsync() < 0.05);
        await page.AssertReadableAsync();
        await AssertChartsUseTheThemeTextAsync(page);
        await page.SaveAsync("overview-dark");
        page.AssertNoProblems();
    }

    /// <summary>Axis and legend text of every chart is the theme's text colour, so it reads on the dark background.</summary>
    private static async Task AssertChartsUseTheThemeTextAsync(WatchedPage page)
    {
        var colours = await page.Page.EvaluateAsync<string[]>(@"() => {
            const text = getComputedStyle(document.documentElement).getPropertyValue('--color-text').trim();
            return Array.from(document.querySelectorAll('figure.chart canvas')).map(c => Chart.getChart(c).options)
                .map(o => [o.plugins.legend.labels.color, o.scales.x.ticks.color, o.scales.y.ticks.color].every(x => x === text) ? 'theme' : 'other: ' + o.plugins.legend.labels.color);
        }");
        Assert.All(colours, c => Assert.Equal("theme", c));
    }
}
