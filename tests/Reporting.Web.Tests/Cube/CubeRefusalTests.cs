using System.Net;
using System.Text.Json;

namespace Reporting.Web.Tests.Cube;

/// <summary>
/// Findings 4 and 9 of issue 16, as the attacks: queries the API accepted that then failed in DuckDB
/// or in .NET (500s). Each is now answered: a 400 naming the member and why, or the right rows.
/// </summary>
public sealed class CubeRefusalTests(CubeSite site) : IClassFixture<CubeSite>
{
    [Theory]
    [InlineData("""{"measures":["tickets.count"],"timeDimension":{"dimension":"tickets.created_at","dateRange":["2026-01-01","9999-12-31"]}}""",
        "timeDimension.dateRange", "9999-12-31 is outside the supported dates (2000-01-01..2100-12-31)")]
    [InlineData("""{"measures":["tickets.count"],"timeDimension":{"dimension":"tickets.created_at","dateRange":["0001-01-01","2026-01-31"]},"compare":"previous_year"}""",
        "timeDimension.dateRange", "0001-01-01 is outside the supported dates (2000-01-01..2100-12-31)")]
    [InlineData("""{"measures":["tickets.count"],"timeDimension":{"dimension":"tickets.created_at","dateRange":["9999-12-01","9999-12-31"]},"compare":"previous_period"}""",
        "timeDimension.dateRange", "9999-12-01 is outside the supported dates (2000-01-01..2100-12-31)")]
    [InlineData("""{"measures":["tickets.count"],"timeDimension":{"dimension":"tickets.created_at","dateRange":"last 999 years"}}""",
        "timeDimension.dateRange", "is outside the supported dates (2000-01-01..2100-12-31)")]
    [InlineData("""{"measures":["tickets.count"],"timeDimension":{"dimension":"tickets.created_at","granularity":"day","dateRange":"last 15 years"}}""",
        "timeDimension.dateRange", "by day is 5479 periods, more than the 1000 a query may have")]
    [InlineData("""{"measures":["tickets.count"],"filters":[{"member":"tickets.created_at","operator":"inDateRange","values":["2026-01-01","9999-12-31"]}]}""",
        "tickets.created_at", "9999-12-31 is outside the supported dates (2000-01-01..2100-12-31)")]
    [InlineData("""{"measures":["feature_requests.requests"],"dimensions":["feature_requests.theme"],"filters":[{"member":"feature_requests.promoter_requester_clv","operator":"gt","values":["0"]}]}""",
        "feature_requests.promoter_requester_clv", "cannot be filtered on: its SQL uses a lambda")]
    [InlineData("""{"measures":["feature_requests.requests"],"dimensions":["feature_requests.theme"],"filters":[{"member":"feature_requests.feature_impact_score","operator":"gte","values":["1"]}]}""",
        "feature_requests.feature_impact_score", "cannot be filtered on: its SQL uses a lambda")]
    [InlineData("""{"measures":["tickets.count"],"dimensions":["tickets.segment","tickets.segment"],"totals":"cube"}""",
        "tickets.segment", "is asked for twice")]
    [InlineData("""{"measures":["tickets.count","tickets.count"]}""", "tickets.count", "is asked for twice")]
    [InlineData("""{"measures":[],"timeDimension":{"dimension":"tickets.created_at","dateRange":["2026-01-01","2026-03-31"]}}""",
        "measures", "a query needs at least one measure, dimension or time dimension with a granularity")]
    [InlineData("""{"measures":["tickets.\ud800"]}""", "measures", "is not valid text (a lone surrogate)")]
    [InlineData("""{"measures":["tickets.count"],"dimensions":["\udc00x.y"]}""", "dimensions", "is not valid text (a lone surrogate)")]
    public async Task A_query_that_cannot_run_is_a_400_naming_the_member_and_why(string json, string member, string why)
    {
        var (status, body) = await site.Query(json);

        Assert.True(status == 400, $"{json}: {status} {body}");
        Assert.Equal(member, body.GetProperty("member").GetString());
        Assert.Contains(why, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Licensed_seats_summed_as_a_hugeint_read_as_a_number()
    {
        var (status, body) = await site.Query("""
            {"measures":["engagement.seat_months"],"timeDimension":{"dimension":"engagement.occurred_at","dateRange":["2026-01-01","2026-03-31"]}}
            """);

        // Seats 10 + 5 + 20 for A1–A3 in each of three months, A4's 8 from its onboarding in February: 105 + 16.
        Assert.Equal(200, status);
        Assert.Equal(121, body.GetProperty("data")[0].GetProperty("engagement.seat_months").GetInt64());
    }

    [Fact]
    public async Task The_explore_page_charts_licensed_seats()
    {
        var response = await site.Client.GetAsync("/explore?x.cube=engagement&x.measure=engagement.seat_months&from=2026-01-01&to=2026-03-31&x.over=none");

        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var cells = page.QuerySelectorAll("[data-chart-table] tbody td").Select(c => c.TextContent.Trim()).ToList();
        // Without a breakdown Explore runs over time: January A1–A3's 10 + 5 + 20 seats, then A4's 8 from February.
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Shown as the page shows a measure without decimals of its own, starred: each month rests on fewer than 10 licence rows.
        Assert.Equal(["35.00*", "43.00*", "43.00*"], cells);
    }

    [Theory]
    [InlineData("/api/explore?x.cube=engagement&x.measure=engagement.seat_months&from=2026-01-01&to=2026-03-31")]
    [InlineData("/api/explore?x.cube=engagement&x.measure=engagement.seat_months&x.measure=engagement.logins&from=2026-01-01&to=2026-03-31")]
    public async Task Explore_charts_licensed_seats_as_whole_json(string url)
    {
        var response = await site.Client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {text}");
        var view = JsonDocument.Parse(text).RootElement;
        Assert.Equal("explore", view.GetProperty("id").GetString());
    }
}
