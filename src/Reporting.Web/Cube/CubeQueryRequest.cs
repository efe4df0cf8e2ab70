using System.ComponentModel;
using System.Text.Json;

namespace Reporting.Web.Cube;

/// <summary>
/// The cube query JSON as POST /api/cube/query and /api/cube/sql read it (QueryJson), for the OpenAPI
/// document: close to Cube's REST query. Members are "cube.member".
/// </summary>
public sealed record CubeQueryRequest(
    [property: Description("Measures to compute, e.g. tickets.reopen_rate.")] IReadOnlyList<string>? Measures,
    [property: Description("Dimensions to group by, e.g. tickets.segment.")] IReadOnlyList<string>? Dimensions,
    [property: Description("One time dimension: {dimension, granularity (day, week, month, quarter, year), dateRange ('last 6 months', 'this year', or [from, to])}.")] JsonElement? TimeDimension,
    [property: Description("Filters: [{member, operator (equals, notEquals, in, notIn, gt, gte, lt, lte, contains, set, notSet, inDateRange), values}].")] IReadOnlyList<JsonElement>? Filters,
    [property: Description("Subtotals: none, rollup or cube.")] string? Totals,
    [property: Description("A comparison: previous_period or previous_year.")] string? Compare,
    [property: Description("Order: {member: asc | desc}.")] IReadOnlyDictionary<string, string>? Order,
    [property: Description("Rows to answer: 10,000 by default, 50,000 at most.")] int? Limit,
    [property: Description("Rows to skip.")] int? Offset)
{
    /// <summary>The README's example.</summary>
    public const string Example = """
        {"measures": ["tickets.reopen_rate", "tickets.frt_median_minutes"], "dimensions": ["tickets.segment"],
         "timeDimension": {"dimension": "tickets.created_at", "granularity": "month", "dateRange": "last 6 months"},
         "filters": [{"member": "tickets.priority", "operator": "in", "values": ["P1", "P2"]}],
         "totals": "rollup", "compare": "previous_period", "order": {"tickets.reopen_rate": "desc"}, "limit": 100}
        """;
}
