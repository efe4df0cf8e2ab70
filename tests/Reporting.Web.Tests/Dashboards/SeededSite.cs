using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Core.Kpis;
using Reporting.Documents.Dashboards;

namespace Reporting.Web.Tests.Dashboards;

/// <summary>
/// One seeded server for the dashboard tests (6 accounts, 3 months of demo data, as a first run
/// seeds them), with what the tests read pages and APIs with. Tests only read: none adds rows.
/// </summary>
public class SeededSite : IDisposable
{
    private static readonly HtmlParser Parser = new();

    public SeededSite()
        : this(null)
    {
    }

    /// <param name="database">Reporting:Database when not the factory's own DuckDB file (a chdb: location).</param>
    protected SeededSite(string? database)
    {
        Factory = new(database is null ? null : new Dictionary<string, string?> { ["Reporting:Database"] = database });
        Client = Factory.CreateClient();
    }

    public ReportingWebFactory Factory { get; }

    public HttpClient Client { get; }

    public KpiCatalog Kpis => Factory.Services.GetRequiredService<KpiCatalog>();

    public async Task<(IDocument Page, int Status)> Page(string url)
    {
        var response = await Client.GetAsync(url);
        return (Parser.ParseDocument(await response.Content.ReadAsStringAsync()), (int)response.StatusCode);
    }

    /// <summary>The view the page inlined for its charts.</summary>
    public static JsonElement InlinedView(IDocument page) =>
        JsonDocument.Parse(page.GetElementById("dashboard-view")!.TextContent).RootElement;

    /// <summary>Tile text by KPI id, as shown.</summary>
    public static Dictionary<string, string> Tiles(IDocument page) => page.QuerySelectorAll("li.tile").ToDictionary(
        t => t.GetAttribute("data-kpi")!, t => t.QuerySelector("[data-field=display]")!.TextContent.Trim());

    /// <summary>A KPI of GET /api/kpis as a tile shows it.</summary>
    public async Task<Dictionary<string, string>> KpisAsShown(string query)
    {
        var kpis = (await Client.GetFromJsonAsync<JsonElement>("/api/kpis?" + query)).GetProperty("kpis");
        return Kpis.Kpis.ToDictionary(k => k.Id, k => DisplayFormat.Value(
            kpis.GetProperty(k.Id).GetProperty("value") is { ValueKind: JsonValueKind.Number } v ? v.GetDouble() : null, k.Decimals, k.Unit));
    }

    /// <summary>The body cells of a chart's table, row by row.</summary>
    public static List<string[]> TableRows(IElement chart) => chart.QuerySelectorAll("[data-chart-table] tbody tr")
        .Select(r => r.Children.Select(c => c.TextContent.Trim()).ToArray()).ToList();

    public void Dispose()
    {
        GC.SuppressFinalize(this);
        Client.Dispose();
        Factory.Dispose();
    }
}

/// <summary>The same seeded site on embedded ClickHouse: the seed publishes to the warehouse and every cube query reads it.</summary>
public sealed class SeededSiteOnClickHouse() : SeededSite(Reporting.Tests.Chdb.TestWarehouses.NewLocation());
