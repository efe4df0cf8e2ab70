using Reporting.DuckDb;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Reporting.Web.Tests.Cube;

/// <summary>A server over the hand-written KPI fixture (accounts A1–A4, January to March 2026), for the cube's hostile-input tests. Tests only read.</summary>
public sealed class CubeSite : IDisposable
{
    public CubeSite()
    {
        Factory = new ReportingWebFactory(new() { ["Tests:Seed"] = "false" });
        Client = Factory.CreateClient();
        using var connection = Factory.Database.Connect();
        connection.Execute(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Kpis", "kpi_fixture.sql")));
    }

    public ReportingWebFactory Factory { get; }

    public HttpClient Client { get; }

    /// <summary>POST /api/cube/query with the body as JSON; the status and the parsed answer.</summary>
    public async Task<(int Status, JsonElement Body)> Query(string json)
    {
        var response = await Client.PostAsync("/api/cube/query", new StringContent(json, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonDocument.Parse(text).RootElement.Clone());
    }

    public async Task<JsonElement> Get(string url) => await Client.GetFromJsonAsync<JsonElement>(url);

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
    }
}
