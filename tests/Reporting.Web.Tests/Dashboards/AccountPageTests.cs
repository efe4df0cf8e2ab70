using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Reporting.Web.Tests.Dashboards;

/// <summary>The Accounts table, Account 360 and Explore on a seeded database.</summary>
public sealed class AccountPageTests(SeededSite site) : IClassFixture<SeededSite>
{
    [Fact]
    public async Task Each_accounts_kpis_are_its_kpi_api_answers_for_the_same_dates()
    {
        var (page, status) = await site.Page("/accounts");
        var from = page.QuerySelector("input[name=from]")!.GetAttribute("value");
        var to = page.QuerySelector("input[name=to]")!.GetAttribute("value");

        Assert.Equal(200, status);
        var rows = page.QuerySelectorAll("#accounts-table tbody tr").ToList();
        Assert.Equal(6, rows.Count);
        foreach (var row in rows)
        {
            var expected = await site.KpisAsShown($"account={row.GetAttribute("data-account")}&from={from}&to={to}");
            foreach (var cell in row.QuerySelectorAll("td[data-kpi]"))
            {
                Assert.Equal(expected[cell.GetAttribute("data-kpi")!], cell.TextContent.Trim().TrimEnd('*'));
            }
        }
    }

    [Fact]
    public async Task Each_accounts_signals_are_those_the_signals_api_fires_as_of_the_views_end()
    {
        var (page, _) = await site.Page("/accounts");
        var to = DateOnly.Parse(page.QuerySelector("input[name=to]")!.GetAttribute("value")!, System.Globalization.CultureInfo.InvariantCulture);

        foreach (var row in page.QuerySelectorAll("#accounts-table tbody tr").Take(3))
        {
            var judged = await site.Client.GetFromJsonAsync<JsonElement>($"/api/accounts/{row.GetAttribute("data-account")}/signals?asOf={to.AddDays(1):yyyy-MM-dd}");
            var fired = judged.GetProperty("fired").EnumerateArray().Select(f => f.GetString()).ToList();
            var cell = row.QuerySelector("td[data-signals]")!;
            Assert.Equal(fired.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), cell.TextContent.Trim());
            Assert.Equal(string.Join(", ", fired), cell.GetAttribute("title"));
        }
    }

    [Fact]
    public async Task A_segment_filter_keeps_that_segments_accounts()
    {
        var (all, _) = await site.Page("/accounts");
        var segment = all.QuerySelector("#accounts-table tbody tr td")!.TextContent.Trim();

        var (page, _) = await site.Page("/accounts?segment=" + Uri.EscapeDataString(segment));

        var segments = page.QuerySelectorAll("#accounts-table tbody tr").Select(r => r.QuerySelector("td")!.TextContent.Trim()).ToList();
        Assert.NotEmpty(segments);
        Assert.All(segments, s => Assert.Equal(segment, s));
    }

    [Fact]
    public async Task Account_360_shows_the_accounts_own_kpis()
    {
        var (page, status) = await site.Page("/accounts/ACC-0002");
        var from = page.QuerySelector("input[name=from]")!.GetAttribute("value");
        var to = page.QuerySelector("input[name=to]")!.GetAttribute("value");

        var expected = await site.KpisAsShown($"account=ACC-0002&from={from}&to={to}");

        Assert.Equal(200, status);
        Assert.Equal("ACC-0002", page.QuerySelector("input[name=account_id]")!.GetAttribute("value"));
        Assert.All(SeededSite.Tiles(page), tile => Assert.Equal(expected[tile.Key], tile.Value));
    }

    [Fact]
    public async Task Account_360_shows_the_health_signals_and_plan_the_apis_answer()
    {
        var (page, _) = await site.Page("/accounts/ACC-0003");

        var health = await site.Client.GetFromJsonAsync<JsonElement>("/api/accounts/ACC-0003/health");
        var signals = await site.Client.GetFromJsonAsync<JsonElement>("/api/accounts/ACC-0003/signals");
        var plan = await site.Client.GetFromJsonAsync<JsonElement>("/api/accounts/ACC-0003/plan");

        var score = health.GetProperty("current").GetProperty("score");
        Assert.StartsWith(score.ValueKind == JsonValueKind.Number ? score.GetDouble().ToString("N1", System.Globalization.CultureInfo.GetCultureInfo("en-US")) : "—",
            page.QuerySelector("[data-testid=health-score]")!.TextContent.Trim());
        Assert.Equal(signals.GetProperty("fired").EnumerateArray().Select(f => f.GetString()), page.QuerySelectorAll("[data-signal]").Select(e => e.GetAttribute("data-signal")));
        Assert.Equal(plan.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("id").GetString()),
            page.QuerySelectorAll("[data-testid=plan] tbody tr").Select(r => r.GetAttribute("data-action")));
        Assert.NotEmpty(page.QuerySelectorAll("[data-testid=plan] tbody tr"));
    }

    [Fact]
    public async Task Account_360_of_no_account_is_not_found_and_its_api_needs_an_account()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync("/accounts/NOPE")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync("/api/dashboards/account?account_id=NOPE")).StatusCode);
        var response = await site.Client.GetAsync("/api/dashboards/account");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("account_id", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Explore_shows_the_cubes_answer_for_the_picked_measures_and_dimension()
    {
        var (page, status) = await site.Page("/explore?x.cube=tickets&x.measure=tickets.count&x.measure=tickets.reopen_rate&x.dimension=priority&x.over=none");
        var query = SeededSite.InlinedView(page).GetProperty("charts")[0].GetProperty("query").GetRawText();

        var answer = await site.Client.PostAsync("/api/cube/query", new StringContent(query, System.Text.Encoding.UTF8, "application/json"));
        var data = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data").EnumerateArray().ToList();

        Assert.Equal(200, status);
        var rows = SeededSite.TableRows(page.QuerySelector("[data-chart=explore]")!);
        Assert.Equal(data.Select(d => d.GetProperty("tickets.priority").GetString()), rows.Select(r => r[0]));
        Assert.Equal(data.Select(d => d.GetProperty("tickets.count").GetInt64().ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("en-US"))), rows.Select(r => r[1].TrimEnd('*')));
    }

    [Theory]
    [InlineData("x.cube=nope", "x.cube")]
    [InlineData("x.cube=tickets&x.measure=surveys.nps", "x.measure")]
    [InlineData("x.cube=tickets&x.dimension=created_at", "x.dimension")]
    [InlineData("x.cube=engagement&priority=P1", "priority")]
    public async Task Explore_refuses_what_the_cube_lacks_naming_the_parameter(string query, string parameter)
    {
        var response = await site.Client.GetAsync("/api/explore?" + query);
        var (page, status) = await site.Page("/explore?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(parameter, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("parameter").GetString());
        Assert.Equal(400, status);
        Assert.StartsWith(parameter + ":", page.QuerySelector("[data-testid=explore-error]")!.TextContent);
    }

    [Fact]
    public async Task The_verbatim_explorer_finds_comments_by_text_and_theme()
    {
        var (all, _) = await site.Page("/dashboards/sentiment");
        var comments = all.QuerySelectorAll(".verbatim blockquote").Select(b => b.TextContent).ToList();
        Assert.NotEmpty(comments);
        var word = comments[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).OrderByDescending(w => w.Length).First().Trim('.', ',', '!', '?');

        var (page, _) = await site.Page("/dashboards/sentiment?v.search=" + Uri.EscapeDataString(word.ToUpperInvariant()));
        var (praise, _) = await site.Page("/dashboards/sentiment?v.theme=praise");

        var found = page.QuerySelectorAll(".verbatim blockquote").Select(b => b.TextContent).ToList();
        Assert.NotEmpty(found);
        Assert.All(found, c => Assert.Contains(word, c, StringComparison.OrdinalIgnoreCase));
        Assert.All(praise.QuerySelectorAll(".verbatim"), v => Assert.Contains("praise", v.QuerySelector("p")!.TextContent));
    }
}
