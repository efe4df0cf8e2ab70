using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Core.Kpis;
using Reporting.Documents.Dashboards;

namespace Reporting.Web.Tests.Delivery;

/// <summary>GET /api/kpis as a client reads it (its scope), each KPI formatted as tiles and mail show it.</summary>
public static class ShownKpis
{
    public static async Task<Dictionary<string, string>> ReadAsync(HttpClient client, IServiceProvider services, string query)
    {
        var kpis = JsonDocument.Parse(await client.GetStringAsync("/api/kpis?" + query)).RootElement.GetProperty("kpis");
        return services.GetRequiredService<KpiCatalog>().Kpis.ToDictionary(k => k.Id, k => DisplayFormat.Value(
            kpis.GetProperty(k.Id).GetProperty("value") is { ValueKind: JsonValueKind.Number } v ? v.GetDouble() : null, k.Decimals, k.Unit));
    }
}
