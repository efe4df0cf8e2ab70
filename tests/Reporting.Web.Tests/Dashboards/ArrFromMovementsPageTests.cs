using Reporting.DuckDb;
using AngleSharp.Html.Parser;

namespace Reporting.Web.Tests.Dashboards;

/// <summary>
/// The Accounts page and the Overview's revenue at risk show ARR from the movements when an account has
/// any, else its ARR attribute. The KPI fixture (A1 40,000, A2 20,000, A3 150,000, A4 80,000 by attribute;
/// A1 and A2 at risk, renewing within 180 days) with movements: A1 new 30,000 in 2025, +5,000 on 14 April,
/// +1,000 on 15 April; A3 new 100,000 on 1 May. Today is 15 April 2026.
/// </summary>
public sealed class ArrFromMovementsPageTests : IDisposable
{
    private static readonly HtmlParser Parser = new();

    private readonly ReportingWebFactory factory = new(new() { ["Tests:Seed"] = "false" }, new FixedClock(new DateTimeOffset(2026, 4, 15, 12, 0, 0, TimeSpan.Zero)));

    public ArrFromMovementsPageTests()
    {
        using var client = factory.CreateClient();
        using var connection = factory.Database.Connect();
        connection.Execute(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Kpis", "kpi_fixture.sql")));
        connection.Execute(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Kpis", "arr_movements.sql")));
    }

    [Theory]
    [InlineData("2026-04-13", "A1=30,000 A2=20,000 A3=0 A4=80,000")]
    [InlineData("2026-04-14", "A1=35,000 A2=20,000 A3=0 A4=80,000")]
    public async Task The_accounts_table_shows_arr_on_the_views_last_day(string to, string expected)
    {
        var page = await Page($"/accounts?from=2026-01-01&to={to}");

        Assert.Equal(expected, string.Join(" ", page.QuerySelectorAll("#accounts-table tbody tr")
            .Select(r => r.GetAttribute("data-account") + "=" + r.QuerySelector("td[data-arr]")!.TextContent.Trim()).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task Revenue_at_risk_on_the_overview_sums_the_arr_of_the_movements()
    {
        // As of 14 April (the day after the view): A1 30,000 (its +5,000 is that day) and A2 20,000 by attribute.
        var page = await Page("/?from=2026-01-01&to=2026-04-13");

        Assert.Equal("50,000", page.QuerySelector("[data-testid=revenue-at-risk]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Account_360_shows_todays_arr()
    {
        var page = await Page("/accounts/A1");

        Assert.Equal("36,000", page.QuerySelector("[data-testid=arr]")!.TextContent.Trim());
    }

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> Page(string url)
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode}");
        return Parser.ParseDocument(await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => factory.Dispose();
}
