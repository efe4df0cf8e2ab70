using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Reporting.Web.Tests.SignIn;

/// <summary>
/// A CSM reads their book only: their accounts and their reports' (Kim: Acme A1 and Crane A3, plus Lee's
/// Bolt A2; Lee: Bolt only), on the accounts page and in /api/kpis; another CSM's account is a 404.
/// </summary>
public sealed class CsmScopeTests(TeamSite site) : IClassFixture<TeamSite>
{
    private const string FirstQuarter = "from=2026-01-01&to=2026-03-31";

    private static readonly HtmlParser Parser = new();

    [Theory]
    [InlineData(TeamSite.Kim, new[] { "A1", "A2", "A3" })]
    [InlineData(TeamSite.Lee, new[] { "A2" })]
    [InlineData(TeamSite.Ng, new[] { "A4" })]
    [InlineData(TeamSite.Leader, new[] { "A1", "A2", "A3", "A4" })]
    public async Task The_accounts_page_lists_the_book(string email, string[] expected)
    {
        using var client = await site.As(email);

        var page = Parser.ParseDocument(await client.GetStringAsync("/accounts?" + FirstQuarter));

        Assert.Equal(expected, page.QuerySelectorAll("#accounts-table tbody tr").Select(r => r.GetAttribute("data-account")!).Order());
    }

    [Fact]
    public async Task Kpis_count_only_the_book()
    {
        using var lee = await site.As(TeamSite.Lee);

        var kpis = (await lee.GetFromJsonAsync<JsonElement>("/api/kpis?" + FirstQuarter)).GetProperty("kpis");

        // Bolt's NPS answers in the quarter: 2 (R03), 8, 9, 10, 7, 9 → 3 promoters, 1 detractor of 6.
        Assert.Equal("33.3|6", Kpi(kpis, "nps"));
        Assert.Equal("50|6", Kpi(kpis, "promoter_share"));
        Assert.Equal("16.7|6", Kpi(kpis, "detractor_share"));
    }

    [Fact]
    public async Task A_csms_kpis_are_an_admins_kpis_of_their_accounts()
    {
        using var ng = await site.As(TeamSite.Ng);

        var scoped = await ng.GetStringAsync("/api/kpis?" + FirstQuarter);
        var filtered = await site.Admin.GetStringAsync("/api/kpis?account=A4&" + FirstQuarter);

        Assert.Equal(Values(filtered), Values(scoped));
    }

    [Theory]
    [InlineData("/accounts/A1")]
    [InlineData("/accounts/A1/ebr")]
    [InlineData("/api/accounts/A1/health")]
    [InlineData("/api/accounts/A1/signals")]
    [InlineData("/api/accounts/A1/plan")]
    [InlineData("/api/kpis?account=A1")]
    public async Task Another_csms_account_is_not_found(string path)
    {
        using var lee = await site.As(TeamSite.Lee);
        using var kim = await site.As(TeamSite.Kim);

        Assert.Equal(HttpStatusCode.NotFound, (await lee.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await kim.GetAsync(path)).StatusCode);
    }

    private static Dictionary<string, string> Values(string json) =>
        JsonDocument.Parse(json).RootElement.GetProperty("kpis").EnumerateObject().ToDictionary(k => k.Name, k => k.Value.GetProperty("value").ToString() + "|" + k.Value.GetProperty("n"));

    private static string Kpi(JsonElement kpis, string id)
    {
        var kpi = kpis.GetProperty(id);
        return $"{kpi.GetProperty("value").GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture)}|{kpi.GetProperty("n").GetInt32()}";
    }
}
