using Reporting.Browser.Tests.Infrastructure;

namespace Reporting.Browser.Tests;

/// <summary>The Accounts table sorts by a column header (both ways, empty values last) and search narrows its rows.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccountsTableTests(BrowserFixture browser)
{
    [Fact]
    public async Task Every_seeded_account_is_listed()
    {
        await using var page = await browser.OpenAsync("/accounts");

        Assert.Equal(LiveServer.SeedAccounts, await page.Page.Locator("#accounts-table tbody tr").CountAsync());
        Assert.Equal(LiveServer.SeedAccounts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            await page.Page.TextContentAsync("[data-table-count='accounts-table']"));
    }

    [Fact]
    public async Task Sorting_by_arr_orders_the_rows_up_then_down()
    {
        await using var page = await browser.OpenAsync("/accounts");
        var header = page.Page.Locator("#accounts-table thead button", new() { HasTextString = "ARR" });

        await header.ClickAsync();
        var up = await ArrValuesAsync(page);
        Assert.Equal("ascending", await header.Locator("xpath=..").GetAttributeAsync("aria-sort"));
        Assert.Equal(up.Order().ToList(), up);

        await header.ClickAsync();
        var down = await ArrValuesAsync(page);
        Assert.Equal("descending", await header.Locator("xpath=..").GetAttributeAsync("aria-sort"));
        Assert.Equal(up.OrderDescending().ToList(), down);
        Assert.Equal(LiveServer.SeedAccounts, down.Count);
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Sorting_by_account_orders_the_names()
    {
        await using var page = await browser.OpenAsync("/accounts");
        var header = page.Page.Locator("#accounts-table thead button", new() { HasTextString = "Account" });

        await header.ClickAsync(); // The table starts sorted by name, ascending: the first click turns it round.
        var names = await page.Page.EvalOnSelectorAllAsync<string[]>("#accounts-table tbody th a", "all => all.map(a => a.textContent.trim())");

        Assert.Equal("descending", await header.Locator("xpath=..").GetAttributeAsync("aria-sort"));
        Assert.Equal(names.OrderDescending(StringComparer.OrdinalIgnoreCase).ToList(), names.ToList());
    }

    [Fact]
    public async Task Search_shows_only_the_matching_rows()
    {
        await using var page = await browser.OpenAsync("/accounts");
        var segments = await page.Page.EvalOnSelectorAllAsync<string[]>("#accounts-table tbody tr td:nth-of-type(1)", "all => all.map(c => c.textContent.trim())");
        var segment = segments.GroupBy(s => s).OrderBy(g => g.Count()).First().Key;

        await page.Page.FillAsync("[data-table-search]", segment);

        var shown = await page.Page.EvalOnSelectorAllAsync<string[]>("#accounts-table tbody tr:not([hidden]) td:nth-of-type(1)", "all => all.map(c => c.textContent.trim())");
        Assert.Equal(segments.Count(s => s == segment), shown.Length);
        Assert.All(shown, s => Assert.Equal(segment, s));
        Assert.Equal(shown.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.Page.TextContentAsync("[data-table-count='accounts-table']"));

        await page.Page.FillAsync("[data-table-search]", "acc-0003");
        Assert.Equal(["ACC-0003"], await page.Page.EvalOnSelectorAllAsync<string[]>("#accounts-table tbody tr:not([hidden])", "all => all.map(r => r.dataset.account)"));
        page.AssertNoProblems();
    }

    /// <summary>The ARR column's values in row order (from data-value, the unformatted number).</summary>
    private static async Task<List<double>> ArrValuesAsync(WatchedPage page) =>
        [.. (await page.Page.EvalOnSelectorAllAsync<string[]>("#accounts-table tbody tr td:nth-of-type(5)", "all => all.map(c => c.dataset.value)"))
            .Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture))];
}
