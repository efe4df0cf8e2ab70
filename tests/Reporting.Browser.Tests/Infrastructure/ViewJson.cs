using System.Text.Json;

namespace Reporting.Browser.Tests.Infrastructure;

/// <summary>A dashboard view as GET /api/dashboards/{id} answers it, in the shapes the page shows.</summary>
public static class ViewJson
{
    public static Dictionary<string, string> Tiles(JsonElement view) =>
        view.GetProperty("tiles").EnumerateArray().ToDictionary(t => t.GetProperty("kpi").GetString()!, t => t.GetProperty("display").GetString()!);

    public static JsonElement Chart(JsonElement view, string chartId) =>
        view.GetProperty("charts").EnumerateArray().Single(c => c.GetProperty("id").GetString() == chartId);

    /// <summary>The chart's table as the page renders it: headers, then cell texts (low-sample cells end in "*").</summary>
    public static List<List<string>> ChartTable(JsonElement view, string chartId)
    {
        var table = Chart(view, chartId).GetProperty("data").GetProperty("table");
        var rows = new List<List<string>> { table.GetProperty("headers").EnumerateArray().Select(h => h.GetString()!).ToList() };
        rows.AddRange(table.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray()
            .Select(c => c.GetProperty("text").GetString()! + (c.TryGetProperty("lowSample", out var low) && low.GetBoolean() ? "*" : "")).ToList()));
        return rows;
    }

    /// <summary>The chart's points, one list per dataset.</summary>
    public static List<List<double?>> ChartPoints(JsonElement view, string chartId) =>
        Chart(view, chartId).GetProperty("data").GetProperty("datasets").EnumerateArray()
            .Select(d => d.GetProperty("values").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? (double?)null : v.GetDouble()).ToList())
            .ToList();

    public static IEnumerable<string> ChartIds(JsonElement view) =>
        view.GetProperty("charts").EnumerateArray().Select(c => c.GetProperty("id").GetString()!);
}
