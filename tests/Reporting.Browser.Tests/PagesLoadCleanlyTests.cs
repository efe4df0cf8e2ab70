using Reporting.Browser.Tests.Infrastructure;

namespace Reporting.Browser.Tests;

/// <summary>Every page loads with its heading, no console error, no failed request and no HTTP error.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PagesLoadCleanlyTests(BrowserFixture browser)
{
    [Theory]
    [MemberData(nameof(Pages.AllPages), MemberType = typeof(Pages))]
    public async Task Page_loads_without_console_errors_or_failed_requests(string path)
    {
        await using var page = await browser.NewPageAsync();
        await page.GotoAsync(path);
        if (Pages.WithCharts.Contains(path))
        {
            await page.WaitForChartsAsync();
        }

        Assert.True(await page.Page.Locator("h1").IsVisibleAsync(), $"{path} shows no heading");
        page.AssertNoProblems();
        await page.SaveAsync(Screenshots.NameOf(path));
    }
}
