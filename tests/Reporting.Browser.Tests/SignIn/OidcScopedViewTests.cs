using Reporting.Browser.Tests.Infrastructure;

namespace Reporting.Browser.Tests.SignIn;

/// <summary>
/// Signed in through the provider, a CSM sees exactly their accounts on Overview, Accounts, Account
/// 360, Explore, a CSV and a PDF, and a leader sees every account. The restriction is the
/// per-request access scope of the sign-in (SignIn/RequestScope).
/// </summary>
[Collection(OidcSignInCollection.Name)]
public sealed class OidcScopedViewTests(OidcSignInFixture oidc)
{
    [Fact]
    public async Task A_csm_sees_exactly_their_accounts_on_the_accounts_page_and_a_leader_every_account()
    {
        await using var ana = await oidc.SignInAsync(OidcTeam.Ana, "/accounts");
        await using var lee = await oidc.SignInAsync(OidcTeam.Lee, "/accounts");

        Assert.Equal(OidcTeam.AnasAccounts, await ListedAccountsAsync(ana));
        Assert.Equal(OidcTeam.Accounts, (await ListedAccountsAsync(lee)).Count);
    }

    [Fact]
    public async Task A_csm_opens_their_own_account_360_and_another_csms_is_not_found()
    {
        await using var ana = await oidc.SignInAsync(OidcTeam.Ana, "/accounts/ACC-0001");

        Assert.Equal(200, (await ana.Page.ReloadAsync())!.Status);
        Assert.Equal(404, (await ana.Page.GotoAsync("/accounts/" + OidcTeam.BensAccounts[0]))!.Status);
        Assert.Equal(404, (await ana.Page.GotoAsync("/accounts/" + OidcTeam.GretasAccounts[0]))!.Status);
    }

    [Fact]
    public async Task The_overviews_csm_choices_are_the_csms_own_name_only()
    {
        await using var ana = await oidc.SignInAsync(OidcTeam.Ana, "/");
        await using var greta = await oidc.SignInAsync(OidcTeam.Greta, "/");

        Assert.Equal(["Ana Csm"], await CsmChoicesAsync(ana));
        // Greta signs in as a leader (her provider group): every CSM's accounts.
        Assert.Equal(["Ana Csm", "ben.csm@example.test", "Greta Csm"], await CsmChoicesAsync(greta));
    }

    [Fact]
    public async Task Explore_and_its_csv_break_down_by_the_csms_own_name_only()
    {
        await using var ana = await oidc.SignInAsync(OidcTeam.Ana, "/explore?x.dimension=csm");
        await ana.WaitForChartsAsync();
        var chart = await ana.Page.GetAttributeAsync("figure.chart", "data-chart");

        var shown = (await ana.ChartTableAsync(chart!)).Skip(1).Select(r => r[0]).Distinct().ToList();
        var download = await ana.Page.RunAndWaitForDownloadAsync(() => ana.Page.Locator("figure.chart [data-csv]").First.ClickAsync());
        var csv = CsvText.Parse(await File.ReadAllTextAsync(await download.PathAsync()));

        Assert.Equal(["Ana Csm"], shown);
        Assert.Equal(["Ana Csm"], csv.Skip(1).Select(r => r[0]).Distinct().ToList());
    }

    [Fact]
    public async Task A_csm_gets_the_ebr_pdf_of_their_own_account_and_not_of_another_csms()
    {
        await using var ana = await oidc.SignInAsync(OidcTeam.Ana);

        var own = await ana.Page.Context.APIRequest.GetAsync("/accounts/ACC-0001/ebr.pdf");
        var others = await ana.Page.Context.APIRequest.GetAsync($"/accounts/{OidcTeam.BensAccounts[0]}/ebr.pdf");

        Assert.Equal(200, own.Status);
        Assert.Equal("application/pdf", own.Headers["content-type"]);
        Assert.Equal("%PDF"u8.ToArray(), (await own.BodyAsync())[..4]);
        Assert.Equal(404, others.Status);
    }

    private static async Task<List<string>> ListedAccountsAsync(WatchedPage page) =>
        [.. (await page.Page.EvalOnSelectorAllAsync<string[]>("#accounts-table tbody tr", "all => all.map(r => r.dataset.account)")).Order(StringComparer.Ordinal)];

    private static async Task<List<string>> CsmChoicesAsync(WatchedPage page) =>
        [.. (await page.Page.EvalOnSelectorAllAsync<string[]>("select#f-csm option", "all => all.map(o => o.value).filter(v => v)")).Order(StringComparer.OrdinalIgnoreCase)];
}
