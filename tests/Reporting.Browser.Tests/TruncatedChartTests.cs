using System.Globalization;
using Reporting.Browser.Tests.Infrastructure;

namespace Reporting.Browser.Tests;

/// <summary>
/// Finding 5 of issue 16 in the browser: when a filter change makes a chart's query hit the row limit,
/// the redrawn chart says that only the first rows are shown; back within the limit, the note goes.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TruncatedChartTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_chart_redrawn_past_the_row_limit_says_so()
    {
        await using var page = await browser.OpenAsync("/explore?x.cube=tickets&x.measure=tickets.count&x.dimension=account_id&grain=week");
        await page.WaitForChartsAsync();
        var note = page.Page.Locator("[data-chart-truncated]");
        var from = page.Page.Locator("form[data-filter-form] input[name='from']");
        var to = DateOnly.Parse(await page.Page.Locator("form[data-filter-form] input[name='to']").InputValueAsync(), CultureInfo.InvariantCulture);
        Assert.True(await note.IsHiddenAsync());

        // 999 weeks back: the 24 accounts' weekly series, filled, are far more than 10,000 rows.
        await page.ChangeViewAsync(() => from.FillAsync(to.AddDays(-7 * 999).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

        Assert.True(await note.IsVisibleAsync());
        Assert.Equal("Only the first 10,000 rows are shown: narrow the dates or filters to see them all.", (await note.TextContentAsync())!.Trim());
        var view = await browser.Server.GetJsonAsync(await page.ViewApiUrlAsync());
        Assert.True(view.GetProperty("charts")[0].GetProperty("truncated").GetBoolean());

        await page.ChangeViewAsync(() => from.FillAsync(to.AddDays(-27).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

        Assert.True(await note.IsHiddenAsync());
        page.AssertNoProblems();
    }
}
