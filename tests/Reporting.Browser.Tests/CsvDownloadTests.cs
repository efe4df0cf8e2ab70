using Reporting.Browser.Tests.Infrastructure;

namespace Reporting.Browser.Tests;

/// <summary>A chart's "Download CSV" saves a file holding exactly the rows its table shows.</summary>
public abstract class CsvDownloadTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("/", "reopen_rate_by_tier")]
    [InlineData("/", "nps_by_segment")]
    [InlineData("/dashboards/support", "sla_by_priority")]
    public async Task The_csv_download_holds_the_rows_of_the_shown_table(string path, string chart)
    {
        await using var page = await browser.OpenAsync(path);
        await page.WaitForChartsAsync();
        await AssertDownloadHoldsTableAsync(page, chart);
    }

    [Fact]
    public async Task After_a_filter_change_the_csv_holds_the_filtered_rows()
    {
        await using var page = await browser.OpenAsync("/");
        await page.WaitForChartsAsync();
        var select = page.Page.Locator("form[data-filter-form] select[name='segment']");
        var segment = await select.Locator("option:nth-child(2)").GetAttributeAsync("value");
        await page.ChangeViewAsync(() => select.SelectOptionAsync(segment!));

        var csv = await AssertDownloadHoldsTableAsync(page, "nps_by_segment");

        Assert.All(csv.Skip(1), row => Assert.Equal(segment, row[0]));
    }

    private static async Task<List<List<string>>> AssertDownloadHoldsTableAsync(WatchedPage page, string chart)
    {
        var figure = page.Page.Locator($"[data-chart='{chart}']");
        await figure.Locator("[data-toggle-table]").ClickAsync();
        var table = await page.ChartTableAsync(chart);

        var download = await page.Page.RunAndWaitForDownloadAsync(() => figure.Locator("[data-csv]").ClickAsync());
        var csv = CsvText.Parse(await File.ReadAllTextAsync(await download.PathAsync()));

        Assert.Equal($"{chart}.csv", download.SuggestedFilename);
        Assert.True(table.Count > 1, $"{chart} shows no rows");
        Assert.Equal(table.Count, csv.Count);
        Assert.Equal(table[0].Count, csv[0].Count);
        for (var row = 1; row < table.Count; row++)
        {
            for (var column = 0; column < table[row].Count; column++)
            {
                Assert.True(ShownCell.Holds(table[row][column], csv[row][column]),
                    $"{chart} row {row} column {column}: the table shows '{table[row][column]}', the CSV holds '{csv[row][column]}'");
            }
        }
        page.AssertNoProblems();
        return csv;
    }
}

[Collection(BrowserCollection.Name)]
public sealed class CsvDownloadTestsOnDuckDb(BrowserFixture browser) : CsvDownloadTests(browser);

[Collection(ClickHouseBrowserCollection.Name)]
public sealed class CsvDownloadTestsOnClickHouse(ClickHouseBrowserFixture browser) : CsvDownloadTests(browser);
