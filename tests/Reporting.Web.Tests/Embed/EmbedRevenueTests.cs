using System.Net.Http.Json;
using System.Text.Json;

namespace Reporting.Web.Tests.Embed;

/// <summary>
/// The Revenue dashboard is internal: an embed of it shows only what its file lists (tiles and the cube
/// chart), never the revenue panel's charts nor its churned accounts.
/// </summary>
public sealed class EmbedRevenueTests(EmbedSite site) : IClassFixture<EmbedSite>
{
    [Fact]
    public async Task An_embed_of_the_revenue_dashboard_leaves_its_panel_out()
    {
        var token = await site.Mint(new { resource = "dashboard:revenue" });

        var embedded = await site.Client.GetFromJsonAsync<JsonElement>($"/embed/{token}/api/dashboards/revenue");
        var inside = await site.Client.GetFromJsonAsync<JsonElement>("/api/dashboards/revenue");

        Assert.Equal(["arr_movements"], embedded.GetProperty("charts").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.Equal(JsonValueKind.Null, embedded.GetProperty("revenue").ValueKind);
        Assert.Equal(["arr_bridge", "retention_by_segment", "retention_over_time", "churn_after_nps", "churn_by_health_band", "arr_movements"],
            inside.GetProperty("charts").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        Assert.Equal(JsonValueKind.Object, inside.GetProperty("revenue").ValueKind);
    }
}
