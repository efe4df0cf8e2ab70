using Reporting.Browser.Tests.Infrastructure;

namespace Reporting.Browser.Tests;

/// <summary>Changing a filter puts it in the URL and redraws tiles and charts with the API's numbers for that URL.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FilterChangeTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/", "segment")]
    [InlineData("/dashboards/support", "tier")]
    public async Task Selecting_a_filter_updates_the_url_and_the_numbers(string path, string field)
    {
        await using var page = await browser.OpenAsync(path);
        await page.WaitForChartsAsync();
        var before = await page.TilesAsync();
        var select = page.Page.Locator($"form[data-filter-form] select[name='{field}']");
        var value = await select.Locator("option:nth-child(2)").GetAttributeAsync("value");

        await page.ChangeViewAsync(() => select.SelectOptionAsync(value!));

        Assert.Equal(value, page.Query[field]);
        var view = await browser.Server.GetJsonAsync(await page.ViewApiUrlAsync());
        Assert.Equal(value, view.GetProperty("filters").GetProperty("fields").GetProperty(field)[0].GetString());
        var after = await page.TilesAsync();
        Assert.Equal(ViewJson.Tiles(view), after);
        Assert.NotEqual(before, after);
        foreach (var chart in ViewJson.ChartIds(view))
        {
            Assert.Equal(ViewJson.ChartTable(view, chart), await page.ChartTableAsync(chart));
            Assert.Equal(ViewJson.ChartPoints(view, chart), await page.ChartPointsAsync(chart));
        }
        page.AssertNoProblems();
    }

    /// <summary>A table redrawn in the page notes its low samples by kpis.yaml's low_sample_below (10 as shipped).</summary>
    [Fact]
    public async Task A_redrawn_chart_table_notes_low_samples_by_the_setting()
    {
        await using var page = await browser.OpenAsync("/dashboards/support");
        await page.WaitForChartsAsync();
        var select = page.Page.Locator("form[data-filter-form] select[name='tier']");
        var value = await select.Locator("option:nth-child(2)").GetAttributeAsync("value");

        await page.ChangeViewAsync(() => select.SelectOptionAsync(value!));

        var view = await browser.Server.GetJsonAsync(await page.ViewApiUrlAsync());
        var low = ViewJson.ChartIds(view).Where(chart => ViewJson.ChartTable(view, chart).Skip(1).Any(row => row.Any(cell => cell.EndsWith('*')))).ToList();
        Assert.NotEmpty(low);
        foreach (var chart in low)
        {
            var note = page.Page.Locator($"[data-chart='{chart}'] [data-chart-table] p.muted");
            Assert.Equal("* fewer than 10 observations: low sample.", await note.TextContentAsync());
        }
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Going_back_restores_the_previous_numbers()
    {
        await using var page = await browser.OpenAsync("/");
        await page.WaitForChartsAsync();
        var before = await page.TilesAsync();
        var select = page.Page.Locator("form[data-filter-form] select[name='segment']");
        var value = await select.Locator("option:nth-child(2)").GetAttributeAsync("value");
        await page.ChangeViewAsync(() => select.SelectOptionAsync(value!));

        await page.ChangeViewAsync(() => page.Page.GoBackAsync());

        Assert.DoesNotContain("segment", page.Query.Keys);
        Assert.Equal("", await select.InputValueAsync());
        Assert.Equal(before, await page.TilesAsync());
    }
}
