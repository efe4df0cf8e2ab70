using Reporting.DuckDb;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Reporting.Web.Tests.Cube;

public sealed class CubeApiTests : IDisposable
{
    private readonly ReportingWebFactory factory = new(new() { ["Tests:Seed"] = "false" });

    public CubeApiTests()
    {
        using var client = factory.CreateClient();
        using var connection = factory.Database.Connect();
        connection.Execute("""
            INSERT INTO dim_account (account_id, name, segment) VALUES ('A1', 'Acme', 'SMB'), ('A2', 'Crane', 'Enterprise');
            INSERT INTO fact_ticket (ticket_id, account_id, priority, created_at, solved_at, reopens) VALUES
                ('T1', 'A1', 'P1', TIMESTAMP '2026-01-05', TIMESTAMP '2026-01-06', 1),
                ('T2', 'A1', 'P2', TIMESTAMP '2026-01-10', TIMESTAMP '2026-01-11', 0),
                ('T3', 'A2', 'P1', TIMESTAMP '2026-02-03', TIMESTAMP '2026-02-04', 0);
            """);
    }

    [Fact]
    public async Task A_query_answers_rows_keyed_by_member_with_rollup_totals()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/cube/query", Json("""
            {"measures": ["tickets.count", "tickets.reopen_rate"], "dimensions": ["tickets.segment"], "totals": "rollup"}
            """));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data").EnumerateArray()
            .Select(r => $"{Text(r, "tickets.segment")}|{r.GetProperty("tickets.count").GetInt32()}|{r.GetProperty("tickets.reopen_rate").GetDouble()}")
            .ToList();
        // Enterprise: 1 ticket, none reopened; SMB: T1 of T1, T2 → 50 %; all: 1 of 3 → 33.3 %.
        Assert.Equal(["Enterprise|1|0", "SMB|2|50", "∅|3|33.3"], data);
    }

    [Fact]
    public async Task Answers_are_cached_until_a_load_commits_new_data()
    {
        using var client = factory.CreateClient();
        const string query = """{"measures": ["tickets.count"]}""";

        var first = await Count(client, query);
        var second = await Count(client, query);
        // As every load does: holding the writer, which tells the cache to read the version again.
        using (factory.Database.AcquireWriter())
        using (var connection = factory.Database.Connect())
        using (var load = connection.BeginTransaction())
        {
            connection.Execute("INSERT INTO fact_ticket (ticket_id, account_id, priority, created_at) VALUES ('T4', 'A2', 'P4', TIMESTAMP '2026-03-01')");
            Reporting.Core.Storage.DataVersion.Bump(connection);
            load.Commit();
        }
        var third = await Count(client, query);
        var stats = await client.GetFromJsonAsync<JsonElement>("/api/cube/stats");

        Assert.Equal((3, 3, 4), (first, second, third));
        Assert.Equal((1, 2), (stats.GetProperty("hits").GetInt32(), stats.GetProperty("misses").GetInt32()));
    }

    [Fact]
    public async Task A_hit_sends_the_same_json_as_the_miss_that_cached_it()
    {
        using var client = factory.CreateClient();
        const string query = """{"measures": ["tickets.count"], "dimensions": ["tickets.priority"], "totals": "rollup"}""";

        using var miss = await client.PostAsync("/api/cube/query", new StringContent(query, System.Text.Encoding.UTF8, "application/json"));
        using var hit = await client.PostAsync("/api/cube/query", new StringContent(query, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal("application/json; charset=utf-8", hit.Content.Headers.ContentType?.ToString());
        Assert.Equal(await miss.Content.ReadAsStringAsync(), await hit.Content.ReadAsStringAsync());
        var data = JsonDocument.Parse(await hit.Content.ReadAsStringAsync()).RootElement.GetProperty("data");
        var p1 = data.EnumerateArray().Single(r => r.GetProperty("tickets.priority").ValueKind == JsonValueKind.String && r.GetProperty("tickets.priority").GetString() == "P1");
        Assert.Equal(2, p1.GetProperty("tickets.count").GetInt32()); // T1 and T3
    }

    [Fact]
    public async Task A_comparison_answers_the_previous_period_beside_the_asked_one()
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/cube/query", Json("""
            {"measures": ["tickets.count"], "timeDimension": {"dimension": "tickets.created_at", "dateRange": ["2026-02-01", "2026-02-28"]}, "compare": "previous_period"}
            """));

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        // February: T3. The month before (January): T1, T2.
        Assert.Equal(1, body.GetProperty("data")[0].GetProperty("tickets.count").GetInt32());
        Assert.Equal(2, body.GetProperty("compareData")[0].GetProperty("tickets.count").GetInt32());
        Assert.Equal("2026-01-01", body.GetProperty("compareDateRange").GetProperty("from").GetString());
    }

    [Theory]
    [InlineData("""{"measures": ["tickets.nope"]}""", "tickets.nope")]
    [InlineData("""{"measures": ["tickets.count"], "filters": [{"member": "tickets.segment", "operator": "like", "values": ["x"]}]}""", "tickets.segment operator")]
    [InlineData("""{"measures": ["tickets.count"], "select": "*"}""", "select")]
    [InlineData("""not json""", "query")]
    public async Task A_bad_query_is_a_400_naming_the_member_or_part(string body, string member)
    {
        using var client = factory.CreateClient();

        var response = await client.PostAsync("/api/cube/query", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(member, problem.GetProperty("member").GetString());
    }

    [Fact]
    public async Task Meta_lists_members_with_titles_and_types()
    {
        using var client = factory.CreateClient();

        var cubes = await client.GetFromJsonAsync<JsonElement>("/api/cube/meta");

        var tickets = cubes.EnumerateArray().Single(c => c.GetProperty("name").GetString() == "tickets");
        var reopen = tickets.GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "tickets.reopen_rate");
        Assert.Equal(("Reopen rate (%)", "ratio"), (reopen.GetProperty("title").GetString(), reopen.GetProperty("type").GetString()));
    }

    private static async Task<int> Count(HttpClient client, string query)
    {
        var response = await client.PostAsync("/api/cube/query", Json(query));
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data")[0].GetProperty("tickets.count").GetInt32();
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static string Text(JsonElement row, string member) =>
        row.GetProperty(member).ValueKind == JsonValueKind.Null ? "∅" : row.GetProperty(member).GetString()!;

    public void Dispose() => factory.Dispose();
}
