using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Reporting.Web.Tests.Dashboards;

namespace Reporting.Web.Tests.Cube;

/// <summary>POST /api/cube/sql and Explore show the SQL a query runs, values as parameters, without running it.</summary>
public sealed class CubeSqlTests(SeededSite site) : IClassFixture<SeededSite>
{
    [Fact]
    public async Task The_statement_binds_every_value()
    {
        var response = await site.Client.PostAsJsonAsync("/api/cube/sql", new
        {
            measures = new[] { "tickets.reopen_rate" },
            dimensions = new[] { "tickets.segment" },
            filters = new[] { new { member = "tickets.priority", @operator = "in", values = new[] { "P1", "x'; DROP TABLE fact_ticket; --" } } },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        var statement = Assert.Single(answer.GetProperty("statements").EnumerateArray());
        Assert.Equal("query", statement.GetProperty("purpose").GetString());
        var sql = statement.GetProperty("sql").GetString()!;
        Assert.StartsWith("SELECT", sql.TrimStart(), StringComparison.Ordinal);
        Assert.DoesNotContain("P1", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("DROP", sql, StringComparison.Ordinal);
        Assert.Equal(["P1", "x'; DROP TABLE fact_ticket; --"], statement.GetProperty("parameters").EnumerateArray().Where(p => p.ValueKind == JsonValueKind.String).Select(p => p.GetString()));
        Assert.Contains("-- $", answer.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_comparison_runs_two_statements()
    {
        var response = await site.Client.PostAsJsonAsync("/api/cube/sql", new
        {
            measures = new[] { "tickets.count" },
            timeDimension = new { dimension = "tickets.created_at", granularity = "month", dateRange = new[] { "2026-01-01", "2026-03-31" } },
            compare = "previous_period",
        });

        var purposes = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("purpose").GetString());
        Assert.Equal(["query", "compare"], purposes);
    }

    [Fact]
    public async Task An_unknown_member_is_400()
    {
        var response = await site.Client.PostAsJsonAsync("/api/cube/sql", new { measures = new[] { "tickets.speed" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Explore_shows_the_sql_under_the_cube_query()
    {
        var page = new HtmlParser().ParseDocument(await site.Client.GetStringAsync("/explore?x.cube=tickets&x.measure=tickets.count&x.dimension=priority"));

        var sql = page.QuerySelector("details.query-json [data-query-sql]")!.TextContent;
        Assert.StartsWith("-- query\nSELECT", sql, StringComparison.Ordinal);
    }
}
