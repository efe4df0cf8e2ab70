using System.Net;
using System.Text.Json;

namespace Reporting.Web.Tests.Embed;

/// <summary>
/// Findings 4 and 5 of issue 16 through an embed whose viewer may edit the dates: the calendar's ends
/// and a century of weeks are 400s naming the parameter (the attack's from=1900-01-06&amp;grain=week took 132 s).
/// </summary>
public sealed class EmbedDateLimitTests(EmbedSite site) : IClassFixture<EmbedSite>
{
    [Theory]
    [InlineData("to=9999-12-31", "to", "to: 9999-12-31 is outside the supported dates (2000-01-01..2100-12-31)")]
    [InlineData("from=0001-01-01", "from", "from: 0001-01-01 is outside the supported dates (2000-01-01..2100-12-31)")]
    [InlineData("from=1900-01-06&grain=week", "from", "from: 1900-01-06 is outside the supported dates (2000-01-01..2100-12-31)")]
    [InlineData("from=2000-01-03&to=2026-03-31&grain=week", "from", "from: 2000-01-03..2026-03-31 by week is 1370 periods, more than the 1000 a query may have")]
    public async Task An_editable_date_outside_the_policy_is_a_400_naming_it(string dates, string parameter, string detail)
    {
        var token = await site.Mint(new { resource = "dashboard:support", filters = new { account_id = "A1" }, editable = new[] { "from", "to", "grain" } });

        foreach (var url in new[] { $"/embed/{token}/api/dashboards/support?{dates}", $"/embed/{token}/api/charts/support/sla_trend?{dates}" })
        {
            var response = await site.Client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url}: {(int)response.StatusCode} {body}");
            var problem = JsonDocument.Parse(body).RootElement;
            Assert.Equal((parameter, detail), (problem.GetProperty("parameter").GetString(), problem.GetProperty("detail").GetString()));
        }
    }

    [Fact]
    public async Task The_embed_page_answers_400_for_such_a_date()
    {
        var token = await site.Mint(new { resource = "dashboard:support", filters = new { account_id = "A1" }, editable = new[] { "from", "to" } });

        var response = await site.Client.GetAsync($"/embed/{token}?to=9999-12-31");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("9999-12-31 is outside the supported dates", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
