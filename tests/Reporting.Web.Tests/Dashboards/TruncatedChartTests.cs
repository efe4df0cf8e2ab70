using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Reporting.Web.Tests.Dashboards;

/// <summary>
/// Finding 5 of issue 16 on the pages: a chart whose query hits the row limit (10,000 by default)
/// is drawn from the first rows and says so under it; the view's JSON carries "truncated".
/// </summary>
public sealed class TruncatedChartTests : IDisposable
{
    // Twelve accounts with tickets × 1,000 weeks, filled, is 12,000 rows: more than the 10,000 a query answers by default.
    private readonly ReportingWebFactory factory = new(new() { ["Tests:SeedAccounts"] = "12" });

    [Fact]
    public async Task A_chart_cut_at_the_row_limit_says_so()
    {
        using var client = factory.CreateClient();
        var to = DateOnly.FromDateTime(DateTime.UtcNow);
        var query = $"x.cube=tickets&x.measure=tickets.count&x.dimension=account_id&grain=week&from={to.AddDays(-7 * 999).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}&to={to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

        var view = await client.GetFromJsonAsync<JsonElement>("/api/explore?" + query);
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/explore?" + query));

        var chart = view.GetProperty("charts")[0];
        Assert.True(chart.GetProperty("truncated").GetBoolean());
        Assert.Equal(10_000, chart.GetProperty("rows").GetArrayLength());
        var note = page.QuerySelector("[data-chart-truncated]")!;
        Assert.False(note.HasAttribute("hidden"));
        Assert.Equal("Only the first 10,000 rows are shown: narrow the dates or filters to see them all.", note.TextContent.Trim());
    }

    [Fact]
    public async Task A_chart_within_the_limit_shows_no_note()
    {
        using var client = factory.CreateClient();

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/explore?x.cube=tickets&x.measure=tickets.count&x.dimension=account_id"));

        Assert.True(page.QuerySelector("[data-chart-truncated]")!.HasAttribute("hidden"));
    }

    public void Dispose() => factory.Dispose();
}
