using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Reporting.Web.Tests.Embed;

/// <summary>
/// A token locked to account A1 and January–March 2026 of the KPI fixture never returns another
/// account's number: not through the page, not through the JSON view with edited filters, not
/// through the CSV. The numbers are worked out by hand from Kpis/kpi_fixture.sql.
/// </summary>
public sealed class EmbedLockTests(EmbedSite site) : IClassFixture<EmbedSite>
{
    // A1's answered tickets: T01 30, T02 55, T03 300, T04 400, T05 600 minutes → median 300 of 5.
    private const double A1FrtMedian = 300;

    // Every account's answered tickets, sorted: 10 20 30 45 50 55 60 90 120 | 150 ... 1500 → (120 + 150) / 2 of 18.
    private const double AllFrtMedian = 135;

    private static readonly object Locked = new
    {
        resource = "dashboard:support",
        filters = new { account_id = "A1", from = "2026-01-01", to = "2026-03-31" },
        editable = new[] { "grain", "priority" },
    };

    public static TheoryData<string> Overrides => new()
    {
        "account_id=A2",
        "account_id=A1&account_id=A2",
        "account_id=",
        "from=2025-01-01",
        "to=2026-12-31",
        "segment=SMB",
        "region=AMER",
        "v.q=refund",
    };

    [Fact]
    public async Task The_page_shows_account_A1s_numbers()
    {
        var token = await site.Mint(Locked);

        var html = await site.Client.GetStringAsync($"/embed/{token}");

        var page = new HtmlParser().ParseDocument(html);
        var view = JsonDocument.Parse(page.GetElementById("dashboard-view")!.TextContent).RootElement;
        Assert.Equal((A1FrtMedian, 5L), Tile(view, "frt_median_minutes"));
        // A1's solved tickets T01–T04; T02 reopened: 1 of 4.
        Assert.Equal((25.0, 4L), Tile(view, "reopen_rate"));
        Assert.Equal("300.0 min", page.QuerySelector("li.tile[data-kpi=frt_median_minutes] [data-field=display]")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("select[name=account_id]"));
    }

    [Fact]
    public async Task Without_the_lock_the_same_dashboard_shows_every_accounts_numbers()
    {
        var view = await site.Client.GetFromJsonAsync<JsonElement>("/api/dashboards/support?from=2026-01-01&to=2026-03-31");

        Assert.Equal((AllFrtMedian, 18L), Tile(view, "frt_median_minutes"));
    }

    [Fact]
    public async Task An_editable_filter_narrows_within_the_lock()
    {
        var token = await site.Mint(Locked);

        var view = await site.Client.GetFromJsonAsync<JsonElement>($"/embed/{token}/api/dashboards/support?priority=P1&grain=quarter");

        // A1's P1 tickets: T01 30, T02 55 → 42.5 of 2.
        Assert.Equal((42.5, 2L), Tile(view, "frt_median_minutes"));
        Assert.Equal("quarter", view.GetProperty("filters").GetProperty("grain").GetString());
    }

    [Theory]
    [MemberData(nameof(Overrides))]
    public async Task Overriding_or_dropping_a_lock_is_refused_on_the_page(string query) =>
        await EmbedRefusalTests.AssertRefused(await site.Client.GetAsync($"/embed/{await site.Mint(Locked)}?{query}"), 403, "");

    [Theory]
    [MemberData(nameof(Overrides))]
    public async Task Overriding_or_dropping_a_lock_is_refused_by_the_json_api(string query) =>
        await EmbedRefusalTests.AssertRefused(
            await site.Client.GetAsync($"/embed/{await site.Mint(Locked)}/api/dashboards/support?{query}"), 403, "");

    [Theory]
    [MemberData(nameof(Overrides))]
    public async Task Overriding_or_dropping_a_lock_is_refused_by_the_csv(string query) =>
        await EmbedRefusalTests.AssertRefused(
            await site.Client.GetAsync($"/embed/{await site.Mint(Locked)}/api/csv/support/frt_median_by_priority?{query}"), 403, "");

    [Fact]
    public async Task The_refusal_names_the_locked_filter()
    {
        var token = await site.Mint(Locked);

        await EmbedRefusalTests.AssertRefused(await site.Client.GetAsync($"/embed/{token}/api/dashboards/support?account_id=A2"),
            403, "'account_id' is locked to A1 by the embed token");
    }

    [Fact]
    public async Task Repeating_the_locked_values_as_the_views_own_links_do_is_allowed()
    {
        var token = await site.Mint(Locked);

        var response = await site.Client.GetAsync($"/embed/{token}/api/dashboards/support?account_id=A1&from=2026-01-01&to=2026-03-31&grain=month");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_csv_holds_A1s_rows_only()
    {
        var token = await site.Mint(Locked);
        var view = await site.Client.GetFromJsonAsync<JsonElement>($"/embed/{token}/api/dashboards/support");
        var link = view.GetProperty("charts").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "frt_median_by_priority").GetProperty("csvUrl").GetString()!;

        var csv = await site.Client.GetStringAsync(link);

        Assert.StartsWith($"/embed/{token}/api/csv/support/frt_median_by_priority?", link, StringComparison.Ordinal);
        // By hand, A1 by priority and month: P1 January T01 30 and T02 55 → 42.5; P2 January T03 300 (T06 in March
        // has no reply); P3 February T04 400; P4 February T05 600. Empty months are rows without a value.
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Priority,Created (month),\"Time to first response (median, minutes)\"", rows[0]);
        Assert.Equal(["P1,2026-01-01,42.5", "P2,2026-01-01,300", "P3,2026-02-01,400", "P4,2026-02-01,600"],
            rows.Skip(1).Where(r => !r.EndsWith(',')));
    }

    [Fact]
    public async Task A_chart_token_shows_that_chart_for_A1_only()
    {
        var token = await site.Mint(new { resource = "chart:support.frt_median_by_priority", filters = new { account_id = "A1", from = "2026-01-01", to = "2026-03-31" } });

        var view = await site.Client.GetFromJsonAsync<JsonElement>($"/embed/{token}/api/charts/support/frt_median_by_priority");

        var chart = Assert.Single(view.GetProperty("charts").EnumerateArray());
        var values = chart.GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("tickets.frt_median_minutes").ValueKind == JsonValueKind.Number)
            .Select(r => (r.GetProperty("tickets.priority").GetString(), r.GetProperty("tickets.frt_median_minutes").GetDouble()));
        Assert.Equal([("P1", 42.5), ("P2", 300), ("P3", 400), ("P4", 600)], values);
        Assert.Empty(view.GetProperty("tiles").EnumerateArray());
    }

    [Fact]
    public async Task The_per_account_dashboard_embeds_only_locked_to_one_account()
    {
        var token = await site.Mint(new { resource = "dashboard:account", filters = new { account_id = "A2" } });

        var response = await site.Client.GetAsync($"/embed/{token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static (double Value, long N) Tile(JsonElement view, string kpi)
    {
        var tile = view.GetProperty("tiles").EnumerateArray().Single(t => t.GetProperty("kpi").GetString() == kpi);
        return (tile.GetProperty("value").GetDouble(), tile.GetProperty("n").GetInt64());
    }
}
