using System.Net;
using System.Text.Json;

namespace Reporting.Web.Tests.Dashboards;

/// <summary>
/// Finding 4 of issue 16, as the attack: dates at the ends of the calendar in every date parameter of
/// the dashboards, pages, KPIs, early warning, survey plan and EBR. Each is a 400 naming the parameter
/// and the supported span (pages too), never a 500.
/// </summary>
public sealed class ExtremeDateTests(SeededSite site) : IClassFixture<SeededSite>
{
    private const string Span = "2000-01-01..2100-12-31";

    [Theory]
    [InlineData("/api/dashboards/overview?to=9999-12-31", "to", "9999-12-31 is outside the supported dates")]
    [InlineData("/api/dashboards/overview?from=0001-01-01", "from", "0001-01-01 is outside the supported dates")]
    [InlineData("/api/dashboards/support?from=0001-01-01&to=9999-12-31", "from", "0001-01-01 is outside")]
    [InlineData("/api/dashboards/account?account_id=ACC-0001&to=9999-12-31", "to", "9999-12-31 is outside")]
    [InlineData("/api/explore?x.cube=tickets&to=9999-12-31", "to", "9999-12-31 is outside")]
    [InlineData("/api/kpis?to=9999-12-31", "to", "9999-12-31 is outside")]
    [InlineData("/api/kpis?from=0001-01-01", "from", "0001-01-01 is outside")]
    [InlineData("/api/closed-loop?asOf=9999-12-31", "asOf", "9999-12-31 is outside")]
    [InlineData("/api/closed-loop?asOf=0001-01-01", "asOf", "0001-01-01 is outside")]
    [InlineData("/api/closed-loop?from=0001-01-01", "from", "0001-01-01 is outside")]
    [InlineData("/api/accounts/ACC-0001/plan?asOf=9999-12-31", "asOf", "9999-12-31 is outside")]
    [InlineData("/api/accounts/ACC-0001/signals?asOf=0001-01-01", "asOf", "0001-01-01 is outside")]
    [InlineData("/api/accounts/ACC-0001/health?date=9999-12-31", "date", "9999-12-31 is outside")]
    [InlineData("/api/surveys/plan?month=9999-12", "month", "9999-12-01 is outside")]
    [InlineData("/api/surveys/plan?month=0001-01", "month", "0001-01-01 is outside")]
    [InlineData("/accounts/ACC-0001/ebr?to=9999-12-31", "to", "9999-12-31 is outside")]
    [InlineData("/accounts/ACC-0001/ebr?from=0001-01-01", "from", "0001-01-01 is outside")]
    public async Task A_date_outside_the_supported_span_is_a_400_naming_the_parameter(string url, string parameter, string detail)
    {
        var response = await site.Client.GetAsync(url);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url}: {(int)response.StatusCode} {body}");
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.Contains(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains(Span, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/dashboards/overview?to=9999-12-31")]
    [InlineData("/dashboards/overview?from=0001-01-01")]
    [InlineData("/explore?to=9999-12-31")]
    [InlineData("/accounts/ACC-0001?to=9999-12-31")]
    [InlineData("/accounts/ACC-0001?from=0001-01-01")]
    [InlineData("/accounts?to=9999-12-31")]
    public async Task A_page_given_such_a_date_answers_400_and_says_what_is_wrong(string url)
    {
        var (page, status) = await site.Page(url);

        Assert.Equal(400, status);
        Assert.Contains("is outside the supported dates (" + Span + ")", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Weeks_since_the_span_begins_are_more_periods_than_a_view_may_have()
    {
        // The attack was from=1900-01-06&grain=week (132 s); inside the span, the weeks of 2000-01-03 to 2026-11-30 are 1,405 periods.
        var response = await site.Client.GetAsync("/api/dashboards/overview?from=2000-01-06&to=2026-11-30&grain=week");

        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("from", problem.GetProperty("parameter").GetString());
        Assert.Equal("from: 2000-01-06..2026-11-30 by week is 1405 periods, more than the 1000 a query may have", problem.GetProperty("detail").GetString());
    }
}
