using System.Globalization;
using System.Text.Json;
using Reporting.Browser.Tests.Infrastructure;

namespace Reporting.Browser.Tests;

/// <summary>
/// The Revenue dashboard draws its waterfall and its health-band chart, and every revenue number it
/// shows is the one GET /api/kpis answers for the same dates and segment.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RevenueDashboardTests(BrowserFixture browser)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    [Theory]
    [InlineData(null)]
    [InlineData("Enterprise")]
    public async Task The_waterfall_and_the_band_chart_show_the_numbers_of_the_kpi_api(string? segment)
    {
        await using var page = await browser.OpenAsync("/dashboards/revenue");
        await page.WaitForChartsAsync();
        if (segment is not null)
        {
            await page.ChangeViewAsync(() => page.Page.Locator("form[data-filter-form] select[name='segment']").SelectOptionAsync(segment));
        }
        var filters = (await browser.Server.GetJsonAsync(await page.ViewApiUrlAsync())).GetProperty("filters");
        var kpis = (await browser.Server.GetJsonAsync(
            $"/api/kpis?from={filters.GetProperty("from").GetString()}&to={filters.GetProperty("to").GetString()}&segment={segment}")).GetProperty("kpis");

        if (segment is null)
        {
            // The seeded year has churns and judged month-ends: the comparisons below are between numbers, not dashes.
            Assert.True(Value(kpis, "churned_arr") > 0);
            Assert.Equal(JsonValueKind.Number, kpis.GetProperty("health_churn_auc").GetProperty("value").ValueKind);
        }
        await AssertBridge(page, kpis);
        await AssertBands(page, kpis);
        await AssertChurnAfterNps(page, kpis);
        var retention = await page.ChartTableAsync("retention_by_segment");
        foreach (var row in retention.Skip(1).Where(r => segment is null || r[0] == segment))
        {
            var own = segment is null ? (await browser.Server.GetJsonAsync($"/api/kpis?from={filters.GetProperty("from").GetString()}&to={filters.GetProperty("to").GetString()}&segment={row[0]}")).GetProperty("kpis") : kpis;
            Assert.Equal([Percent(own, "nrr"), Percent(own, "grr"), Percent(own, "logo_churn_rate")], row.Skip(1).Take(3).Select(c => c.TrimEnd('*')).ToList());
        }
        page.AssertNoProblems();
    }

    /// <summary>Floating bars from start to end ARR; the steps' changes are the flows of /api/kpis and add up.</summary>
    private static async Task AssertBridge(WatchedPage page, JsonElement kpis)
    {
        var bars = await page.Page.EvaluateAsync<double[][]>(
            "() => Chart.getChart(document.querySelector('[data-chart=\"arr_bridge\"] canvas')).data.datasets[0].data");
        Assert.Equal(7, bars.Length);
        var table = await page.ChartTableAsync("arr_bridge");
        Assert.Equal(["Step", "Change", "ARR after"], table[0]);
        Assert.Equal(["New", Change(Value(kpis, "new_arr")), Number(bars[1][1], 0)], table[2]);
        Assert.Equal(["Expansion", Change(Value(kpis, "expansion_arr")), Number(bars[2][1], 0)], table[3]);
        Assert.Equal(["Contraction", Change(-Value(kpis, "contraction_arr")), Number(bars[3][1], 0)], table[4]);
        Assert.Equal(["Churn", Change(-Value(kpis, "churned_arr")), Number(bars[4][1], 0)], table[5]);
        Assert.Equal(0, bars[0][0]);
        Assert.Equal(0, bars[6][0]);
        for (var step = 1; step < 6; step++)
        {
            Assert.Equal(bars[step - 1][1], bars[step][0]);   // each step starts where the one before ended
        }
        Assert.Equal(bars[5][1], bars[6][1]);                  // and the last one ends at the end ARR
    }

    private static async Task AssertBands(WatchedPage page, JsonElement kpis)
    {
        Assert.Equal("true", await page.Page.Locator("[data-chart='churn_by_health_band'] canvas").GetAttributeAsync("data-drawn"));
        var table = await page.ChartTableAsync("churn_by_health_band");
        string[] bands = ["churn_180d_health_below_50", "churn_180d_health_50_70", "churn_180d_health_70_85", "churn_180d_health_85_plus"];
        Assert.Equal(bands.Select(b => Percent(kpis, b)).ToList(), table.Skip(1).Select(r => r[1].TrimEnd('*')).ToList());
        Assert.Equal(bands.Select(b => Number(kpis.GetProperty(b).GetProperty("n").GetDouble(), 0)).ToList(), table.Skip(1).Select(r => r[2]).ToList());
        var verdict = (await page.Page.Locator("[data-chart='churn_by_health_band'] [data-chart-description]").TextContentAsync())!;
        var auc = kpis.GetProperty("health_churn_auc");
        var pairs = bands.Sum(b => kpis.GetProperty(b).GetProperty("n").GetInt64());
        if (auc.GetProperty("value").ValueKind == JsonValueKind.Null)
        {
            Assert.StartsWith("No health AUC", verdict, StringComparison.Ordinal);
            return;
        }
        Assert.StartsWith($"Health AUC {Number(auc.GetProperty("value").GetDouble(), 2)} over {pairs:N0} account month-ends, {auc.GetProperty("n").GetInt64():N0} of them followed by a churn", verdict, StringComparison.Ordinal);
        Assert.Equal(auc.GetProperty("low_sample").GetBoolean(), verdict.Contains("too few churns (fewer than 10) to judge", StringComparison.Ordinal));
    }

    private static async Task AssertChurnAfterNps(WatchedPage page, JsonElement kpis)
    {
        var table = await page.ChartTableAsync("churn_after_nps");
        Assert.Equal(
        [
            ["Promoters", "180 days", Percent(kpis, "churn_180d_after_promoter"), "—"],
            ["Passives", "180 days", Percent(kpis, "churn_180d_after_passive"), "20–30 %"],
            ["Detractors", "180 days", Percent(kpis, "churn_180d_after_detractor"), "—"],
            ["Detractors", "90 days", Percent(kpis, "churn_90d_after_detractor"), "40–50 %"],
        ], table.Skip(1).Select(r => new List<string> { r[0], r[1], r[2].TrimEnd('*'), r[4] }).ToList());
    }

    private static double Value(JsonElement kpis, string id) => kpis.GetProperty(id).GetProperty("value").GetDouble();

    private static string Percent(JsonElement kpis, string id) =>
        kpis.GetProperty(id).GetProperty("value") is { ValueKind: JsonValueKind.Number } v ? Number(v.GetDouble(), 1) + " %" : "—";

    private static string Number(double value, int decimals) => value.ToString("N" + decimals, English);

    private static string Change(double value) => value switch { > 0 => "+" + Number(value, 0), < 0 => "−" + Number(-value, 0), _ => "±0" };
}
