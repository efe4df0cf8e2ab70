using System.Net;
using System.Text;
using System.Text.Json;

namespace Reporting.Web.Tests.Cube;

/// <summary>
/// Findings 5 and 10 of issue 16, as the attacks: a query's size is checked before any SQL is built,
/// rows stop at the limit (10,000 by default, 50,000 at most) with the answer flagged truncated, and
/// filling empty periods keeps to the limit (limit 1 had answered 24,312 rows).
/// </summary>
public sealed class CubeLimitTests(CubeSite site) : IClassFixture<CubeSite>
{
    public static TheoryData<string, string, string> Oversized() => new()
    {
        // The attacks: 100,000 measures (1.7 MB), a 1 MB contains value, 100,000 order entries.
        { Measures(100_000), "query", "query: is larger than 256 KB" },
        { Contains(new string('a', 1_000_000)), "query", "query: is larger than 256 KB" },
        { Ordered(100_000), "query", "query: is larger than 256 KB" },
        // The same within the body limit.
        { Measures(51), "measures", "measures: has more than 50 entries" },
        { Contains(new string('a', 1001)), "tickets.priority values", $"tickets.priority values: '{new string('a', 100)}…' is longer than 1000 characters" },
        { Ordered(51), "order", "order: has more than 50 entries" },
        { $$"""{"measures":["tickets.count"],"filters":[{{string.Join(",", Enumerable.Repeat("""{"member":"tickets.priority","operator":"set"}""", 51))}}]}""", "filters", "filters: has more than 50 entries" },
        { $$"""{"measures":["tickets.count"],"filters":[{"member":"tickets.priority","operator":"in","values":[{{string.Join(",", Enumerable.Range(0, 501).Select(i => $"\"P{i}\""))}}]}]}""",
            "tickets.priority values", "tickets.priority values: has more than 500 entries" },
        { $$"""{"measures":["tickets.{{new string('m', 201)}}"]}""", "measures", $"measures: 'tickets.{new string('m', 92)}…' is longer than 200 characters" },
        { """{"measures":["tickets.count"],"limit":50001}""", "limit", "limit: must be between 1 and 50000" },
        { $$"""{"measures":[{{string.Join(",", Enumerable.Range(0, 26).Select(i => "\"tickets.count\""))}}],"dimensions":[{{string.Join(",", Enumerable.Range(0, 25).Select(i => "\"tickets.priority\""))}}]}""",
            "measures", "measures: a query may have at most 50 measures and dimensions together" },
    };

    [Theory]
    [MemberData(nameof(Oversized))]
    public async Task An_oversized_query_is_a_400_before_any_sql(string json, string member, string detail)
    {
        var (status, body) = await site.Query(json);

        Assert.Equal(400, status);
        Assert.Equal((member, detail), (body.GetProperty("member").GetString(), body.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Filling_empty_periods_keeps_to_the_limit()
    {
        // 20 tickets × 35 months would fill 700 rows; limit 1 answers the first, a filled month.
        var (status, body) = await site.Query("""
            {"measures":["tickets.count"],"dimensions":["tickets.ticket_id"],"timeDimension":{"dimension":"tickets.created_at","granularity":"month","dateRange":["2024-01-01","2026-11-30"]},"limit":1}
            """);

        Assert.Equal(200, status);
        var row = Assert.Single(body.GetProperty("data").EnumerateArray());
        Assert.Equal(("T01", "2024-01-01", 0), (row.GetProperty("tickets.ticket_id").GetString(), row.GetProperty("tickets.created_at.month").GetString(), row.GetProperty("tickets.count").GetInt32()));
        Assert.True(body.GetProperty("truncated").GetBoolean());
    }

    [Fact]
    public async Task Without_a_limit_an_answer_stops_at_10000_rows_and_says_so()
    {
        // T01–T20 × the 1,000 days of 2024-01-01..2026-09-26 is 20,000 rows: the first 10,000 are T01–T10's.
        var (status, body) = await site.Query("""
            {"measures":["tickets.count"],"dimensions":["tickets.ticket_id"],"timeDimension":{"dimension":"tickets.created_at","granularity":"day","dateRange":["2024-01-01","2026-09-26"]}}
            """);

        var data = body.GetProperty("data");
        Assert.Equal(200, status);
        Assert.Equal(10_000, data.GetArrayLength());
        Assert.Equal(("T10", "2026-09-26"), (data[9_999].GetProperty("tickets.ticket_id").GetString(), data[9_999].GetProperty("tickets.created_at.day").GetString()));
        Assert.True(body.GetProperty("truncated").GetBoolean());
    }

    [Fact]
    public async Task An_answer_within_the_limit_is_not_truncated()
    {
        var (status, body) = await site.Query("""{"measures":["tickets.count"],"dimensions":["tickets.priority"],"limit":4}""");

        Assert.Equal(200, status);
        Assert.Equal(4, body.GetProperty("data").GetArrayLength());
        Assert.False(body.GetProperty("truncated").GetBoolean());
    }

    private static string Measures(int count) => $$"""{"measures":[{{string.Join(",", Enumerable.Repeat("\"tickets.count\"", count))}}]}""";

    private static string Contains(string value) => $$"""{"measures":["tickets.count"],"filters":[{"member":"tickets.priority","operator":"contains","values":["{{value}}"]}]}""";

    private static string Ordered(int count) => $$"""{"measures":["tickets.count"],"order":[{{string.Join(",", Enumerable.Repeat("""{"member":"tickets.count","direction":"desc"}""", count))}}]}""";
}
