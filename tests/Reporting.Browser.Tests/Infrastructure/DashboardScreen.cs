using System.Text.Json;
using Microsoft.Playwright;

namespace Reporting.Browser.Tests.Infrastructure;

/// <summary>What a dashboard page shows, read from the DOM and from Chart.js: tiles, tables, points.</summary>
public static class DashboardScreen
{
    /// <summary>Runs an action that changes the view, and waits until the page has fetched and drawn the new one.</summary>
    public static async Task ChangeViewAsync(this WatchedPage watched, Func<Task> action)
    {
        var page = watched.Page;
        // Up to 90 s: ./test.sh runs the test projects at once on two cores, and a redraw past the row
        // limit (10,000 rows filled) has taken over 30 s to answer there.
        await page.RunAndWaitForResponseAsync(action, r => r.Url.Contains("/api/dashboards/", StringComparison.Ordinal)
            || r.Url.Contains("/api/explore", StringComparison.Ordinal), new PageRunAndWaitForResponseOptions { Timeout = 90_000 });
        await page.WaitForSelectorAsync("[data-dashboard]:not([aria-busy])");
        await watched.WaitForChartsAsync();
    }

    /// <summary>Waits until every chart has been drawn and Chart.js has finished animating it.</summary>
    public static Task WaitForChartsAsync(this WatchedPage watched) => watched.Page.MainFrame.WaitForChartsAsync();

    /// <summary>The same, in a frame (an embed in its host page).</summary>
    public static Task WaitForChartsAsync(this IFrame frame) =>
        frame.WaitForFunctionAsync(@"() => Array.from(document.querySelectorAll('figure.chart canvas')).every(c =>
            c.dataset.drawn === 'true' && window.Chart && Chart.getChart(c) && !Chart.getChart(c).animating)",
            null, new FrameWaitForFunctionOptions { PollingInterval = 50 });

    /// <summary>The tiles' values as shown, by KPI id.</summary>
    public static Task<Dictionary<string, string>> TilesAsync(this WatchedPage watched) => watched.Page.MainFrame.TilesAsync();

    public static Task<Dictionary<string, string>> TilesAsync(this IFrame frame) =>
        frame.EvaluateAsync<Dictionary<string, string>>(@"() => Object.fromEntries(
            Array.from(document.querySelectorAll('li.tile[data-kpi]')).map(t => [t.dataset.kpi, t.querySelector('[data-field=""display""]').textContent.trim()]))");

    /// <summary>A chart's table as shown: the header row, then each row's cell texts.</summary>
    public static Task<List<List<string>>> ChartTableAsync(this WatchedPage watched, string chartId) => watched.Page.MainFrame.ChartTableAsync(chartId);

    public static async Task<List<List<string>>> ChartTableAsync(this IFrame frame, string chartId) =>
        (await frame.EvaluateAsync<string[][]>(@"id => Array.from(
            document.querySelectorAll('[data-chart=""' + id + '""] [data-chart-table] tr')).map(r => Array.from(r.cells).map(c => c.textContent.trim()))", chartId))
            .Select(r => r.ToList()).ToList();

    /// <summary>The points Chart.js holds for a chart, one list per dataset (null: no value; a floating bar by where it ends).</summary>
    public static async Task<List<List<double?>>> ChartPointsAsync(this WatchedPage watched, string chartId) =>
        (await watched.Page.EvaluateAsync<double?[][]>(@"id => Chart.getChart(document.querySelector('[data-chart=""' + id + '""] canvas'))
            .data.datasets.filter(d => !(d.meta && d.meta.target)).map(d => d.data.map(v => v === undefined ? null : Array.isArray(v) ? v[1] : v))", chartId))
            .Select(r => r.ToList()).ToList();

    /// <summary>The page's data API and the URL's own query: what the page should be showing.</summary>
    public static async Task<string> ViewApiUrlAsync(this WatchedPage watched) =>
        await watched.Page.EvaluateAsync<string>("() => document.querySelector('[data-dashboard]').dataset.api + location.search");

    public static async Task<JsonElement> GetJsonAsync(this LiveServer server, string pathAndQuery)
    {
        using var response = await server.Api.GetAsync(pathAndQuery);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {pathAndQuery}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
