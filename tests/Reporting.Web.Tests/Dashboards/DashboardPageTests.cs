using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Reporting.Documents.Dashboards;

namespace Reporting.Web.Tests.Dashboards;

/// <summary>The dashboard pages on a seeded database: the numbers they show equal the cube's and the KPI API's answers.</summary>
public sealed class DashboardPageTests(SeededSite site) : IClassFixture<SeededSite>
{
    public static TheoryData<string> Pages => new() { "/", "/dashboards/sentiment", "/dashboards/support", "/dashboards/engagement", "/dashboards/surveys" };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_tile_shows_what_the_kpi_api_answers_for_the_same_dates(string url)
    {
        var (page, status) = await site.Page(url);
        var from = page.QuerySelector("input[name=from]")!.GetAttribute("value");
        var to = page.QuerySelector("input[name=to]")!.GetAttribute("value");

        var expected = await site.KpisAsShown($"from={from}&to={to}");

        Assert.Equal(200, status);
        var tiles = SeededSite.Tiles(page);
        Assert.NotEmpty(tiles);
        Assert.All(tiles, tile => Assert.Equal(expected[tile.Key], tile.Value));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_chart_table_shows_what_the_cube_api_answers_for_its_query(string url)
    {
        var (page, _) = await site.Page(url);

        foreach (var chart in SeededSite.InlinedView(page).GetProperty("charts").EnumerateArray())
        {
            var answer = await site.Client.PostAsync("/api/cube/query", new StringContent(chart.GetProperty("query").GetRawText(), Encoding.UTF8, "application/json"));
            var data = (await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data").EnumerateArray().ToList();
            var rows = SeededSite.TableRows(page.QuerySelector($"[data-chart='{chart.GetProperty("id").GetString()}']")!);
            var series = chart.GetProperty("series").EnumerateArray().ToList();
            var keys = rows.Count == 0 ? 0 : rows[0].Length - series.Count;

            Assert.Equal(data.Count, rows.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                Assert.Equal(series.Select(s => Shown(data[i], s)), rows[i].Skip(keys));
            }
        }
    }

    [Fact]
    public async Task A_chart_with_nothing_to_draw_says_so_and_one_with_data_does_not()
    {
        var (empty, _) = await site.Page("/dashboards/support?from=2020-01-01&to=2020-03-31");
        var (full, _) = await site.Page("/dashboards/support");

        // The seeded data starts three months before today: nothing in 2020.
        Assert.All(empty.QuerySelectorAll("figure.chart"), chart => Assert.False(chart.QuerySelector("[data-chart-empty]")!.HasAttribute("hidden")));
        Assert.True(full.QuerySelector("[data-chart='frt_median_by_priority'] [data-chart-empty]")!.HasAttribute("hidden"));
        Assert.Equal("No data for these filters.", empty.QuerySelector("[data-chart-empty]")!.TextContent);
    }

    [Fact]
    public async Task The_overview_shows_the_revenue_at_risk_the_kpi_api_answers()
    {
        var (page, _) = await site.Page("/");
        var from = page.QuerySelector("input[name=from]")!.GetAttribute("value");
        var to = page.QuerySelector("input[name=to]")!.GetAttribute("value");

        var expected = await site.KpisAsShown($"from={from}&to={to}");

        Assert.Equal(expected["revenue_at_risk"], page.QuerySelector("[data-testid=revenue-at-risk]")!.TextContent.Trim());
        var atRisk = int.Parse(page.QuerySelector("[data-testid=at-risk-count]")!.TextContent, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(atRisk, page.QuerySelectorAll("[data-at-risk-table] tbody tr").Length);
    }

    [Fact]
    public async Task The_survey_program_shows_this_months_plan_as_the_plan_api_answers_it()
    {
        var (page, status) = await site.Page("/dashboards/surveys");
        var month = DateTime.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

        var plan = await site.Client.GetFromJsonAsync<JsonElement>("/api/surveys/plan?month=" + month);

        Assert.Equal(200, status);
        Assert.Equal(plan.GetProperty("sends").GetArrayLength().ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("[data-testid=plan-sends]")!.TextContent);
        Assert.Equal(plan.GetProperty("heldBack").GetArrayLength().ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("[data-testid=plan-held]")!.TextContent);
        var first = plan.GetProperty("sends").EnumerateArray().FirstOrDefault();
        if (first.ValueKind == JsonValueKind.Object)
        {
            Assert.Equal(first.GetProperty("accountName").GetString(), page.QuerySelector("[data-plan-sends] tbody tr")!.Children[1].TextContent.Trim());
        }
    }

    [Fact]
    public async Task The_json_view_is_the_view_the_page_inlined()
    {
        var (page, _) = await site.Page("/dashboards/support?segment=SMB&grain=week");
        var api = await site.Client.GetStringAsync("/api/dashboards/support?segment=SMB&grain=week");

        // The same values; the page escapes more characters (\u003C for '<') than the API does.
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(SeededSite.InlinedView(page).GetRawText()), JsonNode.Parse(api)));
    }

    [Fact]
    public async Task A_drill_down_filter_applies_to_every_chart_with_that_dimension()
    {
        var (page, status) = await site.Page("/dashboards/support?priority=P1");

        Assert.Equal(200, status);
        foreach (var id in new[] { "frt_median_by_priority", "sla_by_priority" })
        {
            var rows = SeededSite.TableRows(page.QuerySelector($"[data-chart='{id}']")!);
            Assert.NotEmpty(rows);
            Assert.All(rows, r => Assert.Equal("P1", r[0]));
        }
        var chip = page.QuerySelector("[data-drills] .chip")!;
        Assert.StartsWith("priority: P1", chip.TextContent.Trim());
        Assert.Equal("Remove filter priority P1", chip.QuerySelector("button")!.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task A_filter_no_chart_of_the_dashboard_has_is_refused_naming_it()
    {
        var (page, status) = await site.Page("/dashboards/engagement?priority=P1");
        var api = await site.Client.GetAsync("/api/dashboards/engagement?priority=P1");

        Assert.Equal(400, status);
        Assert.Contains("priority: is not a dimension this dashboard can be filtered by", page.QuerySelector("[data-testid=filter-error]")!.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("priority", (await api.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("parameter").GetString());
    }

    [Theory]
    [InlineData("/api/dashboards/support?from=2026-02-30", "from")]
    [InlineData("/api/dashboards/support?grain=century", "grain")]
    public async Task A_bad_parameter_is_a_400_naming_it(string url, string parameter)
    {
        var response = await site.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(parameter, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task An_unknown_dashboard_is_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync("/dashboards/nope")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync("/api/dashboards/nope")).StatusCode);
    }

    [Fact]
    public async Task A_charts_csv_holds_the_rows_its_table_shows()
    {
        var (page, _) = await site.Page("/dashboards/support");
        var chart = page.QuerySelector("[data-chart='sla_by_priority']")!;

        var csv = await site.Client.GetStringAsync(chart.QuerySelector("[data-csv]")!.GetAttribute("href"));

        var lines = csv.TrimEnd().Split("\r\n");
        Assert.Equal("Priority,SLA breach rate (%),SLA near-miss rate (%)", lines[0]);
        var rows = SeededSite.TableRows(chart);
        Assert.Equal(rows.Count, lines.Length - 1);
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = lines[i + 1].Split(',');
            Assert.Equal(rows[i][0], cells[0]);
            Assert.Equal(rows[i][1].TrimEnd('*'), DisplayFormat.Value(double.Parse(cells[1], System.Globalization.CultureInfo.InvariantCulture), 1, Reporting.Core.Kpis.KpiUnit.Percent));
        }
    }

    private static string Shown(JsonElement row, JsonElement series)
    {
        var measure = series.GetProperty("measure").GetString()!;
        var value = row.GetProperty(measure) is { ValueKind: JsonValueKind.Number } number ? number.GetDouble() : (double?)null;
        var unit = series.GetProperty("unit") is { ValueKind: JsonValueKind.String } u ? Enum.Parse<Reporting.Core.Kpis.KpiUnit>(u.GetString()!, true) : (Reporting.Core.Kpis.KpiUnit?)null;
        var low = row.TryGetProperty(measure + ".lowSample", out var flag) && flag.GetBoolean();
        return DisplayFormat.Value(value, series.GetProperty("decimals").GetInt32(), unit) + (low ? "*" : "");
    }
}
