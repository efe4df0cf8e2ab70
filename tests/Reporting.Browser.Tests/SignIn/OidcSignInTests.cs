using Reporting.Browser.Tests.Infrastructure;

namespace Reporting.Browser.Tests.SignIn;

/// <summary>
/// Signing in through a real OpenID provider's login page (code flow, PKCE, pushed requests): team
/// members land signed in as themselves with their role; anyone else lands on the not-a-member page
/// with no session.
/// </summary>
[Collection(OidcSignInCollection.Name)]
public sealed class OidcSignInTests(OidcSignInFixture oidc)
{
    [Fact]
    public async Task A_csm_lands_where_they_were_going_signed_in_as_themselves_and_nothing_of_the_provider()
    {
        await using var page = await oidc.SignInAsync(OidcTeam.Ana, "/accounts?segment=SMB");

        Assert.Equal("/accounts?segment=SMB", page.PathAndQuery);
        Assert.Equal(200, (await page.Page.ReloadAsync())!.Status);
        var who = await OidcSignInFixture.WhoAmIAsync(page);
        Assert.Equal(new[] { "ana.csm@example.test", "Ana Csm", "csm", "oidc" }, new[] { who!.Email, who.Name, who.Role, who.Method });
        // The team member's claims only: no subject, groups or tokens of the provider's.
        Assert.Equal(
            ["http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name",
             "http://schemas.microsoft.com/ws/2008/06/identity/claims/role", "reporting:sign_in_method"],
            who.ClaimTypes);
        Assert.Contains(oidc.Audit(), e => e is { Actor: "ana.csm@example.test", Action: "sign-in", Outcome: "ok", Detail: "oidc: as csm", Origin: "127.0.0.1" });
    }

    [Fact]
    public async Task A_leader_signs_in_as_a_leader_whatever_the_case_of_the_e_mail_the_provider_sends()
    {
        await using var page = await oidc.SignInAsync(OidcTeam.Lee);

        Assert.Equal("/", page.PathAndQuery);
        var who = await OidcSignInFixture.WhoAmIAsync(page);
        Assert.Equal(new[] { "lee.lead@example.test", "Lee Lead", "leader", "oidc" }, new[] { who!.Email, who.Name, who.Role, who.Method });
    }

    [Fact]
    public async Task A_csm_in_the_providers_leaders_group_signs_in_as_a_leader()
    {
        await using var page = await oidc.SignInAsync(OidcTeam.Greta);

        var who = await OidcSignInFixture.WhoAmIAsync(page);
        Assert.Equal(new[] { "greta.csm@example.test", "Greta Csm", "leader" }, new[] { who!.Email, who.Name, who.Role });
    }

    [Fact]
    public async Task Someone_not_on_the_team_gets_the_not_a_member_page_naming_their_e_mail_and_no_session()
    {
        // Olga is in the provider's leaders' group too: a group grants a role to team members only.
        await using var page = await oidc.SignInAsync(OidcTeam.Olga, "/accounts");

        await AssertNotAMemberAsync(page, "You signed in as olga@elsewhere.test, and no team member has that e-mail");
        Assert.Contains(oidc.Audit(), e => e is { Actor: "olga@elsewhere.test", Action: "sign-in-failed", Outcome: "refused", Detail: "oidc: not a team member" });
    }

    [Fact]
    public async Task Someone_the_provider_sends_no_e_mail_for_gets_the_not_a_member_page()
    {
        await using var page = await oidc.SignInAsync(OidcTeam.Nomad);

        await AssertNotAMemberAsync(page, "Your identity provider did not tell us an e-mail that names a team member");
    }

    [Fact]
    public async Task An_e_mail_the_provider_has_not_verified_does_not_sign_in_as_the_member_who_has_it()
    {
        await using var page = await oidc.SignInAsync(OidcTeam.Mallory);

        await AssertNotAMemberAsync(page, "You signed in as ana.csm@example.test, but your identity provider says it has not verified that e-mail");
        Assert.Contains(oidc.Audit(), e => e is { Actor: "ana.csm@example.test", Action: "sign-in-failed", Detail: "oidc: e-mail not verified" });
    }

    [Fact]
    public async Task Signing_out_from_the_not_a_member_page_signs_out_at_the_provider_so_someone_else_can_sign_in()
    {
        await using var page = await oidc.SignInAsync(OidcTeam.Olga);
        var provider = oidc.Provider.Issuer.GetLeftPart(UriPartial.Authority);
        await page.Page.ClickAsync("[data-not-a-member] button[type=submit]");

        // The provider asks to confirm, then sends the browser back to the app.
        await page.Page.WaitForURLAsync(url => url.StartsWith(provider, StringComparison.Ordinal));
        await page.Page.ClickAsync("button[name=logout][value=yes]");
        // Signed out, the app's home sends the browser on to its sign-in page.
        await page.Page.WaitForURLAsync(url => url.StartsWith(oidc.Server.BaseAddress.ToString() + "signin", StringComparison.Ordinal));

        // Back at the provider, it asks who signs in rather than silently signing Olga in again.
        await page.Page.GotoAsync("/signin/oidc");
        Assert.Equal(1, await page.Page.Locator("input[name=login]").CountAsync());
        await page.Page.FillAsync("input[name=login]", OidcTeam.Ana.Login);
        await page.Page.FillAsync("input[name=password]", "any");
        await page.Page.ClickAsync("button[type=submit]");
        await page.Page.WaitForURLAsync(oidc.Server.BaseAddress.ToString());
        Assert.Equal("ana.csm@example.test", (await OidcSignInFixture.WhoAmIAsync(page))!.Email);
    }

    private static async Task AssertNotAMemberAsync(WatchedPage page, string says)
    {
        Assert.Equal("/signin/not-a-member", new Uri(page.Page.Url).AbsolutePath);
        Assert.Equal(403, (await page.Page.ReloadAsync())!.Status);
        Assert.Equal("You are not on the Customer Success team here", await page.Page.TextContentAsync("h1"));
        Assert.Contains(says, await page.Page.InnerTextAsync("[data-not-a-member]"), StringComparison.Ordinal);
        Assert.True(await page.Page.IsVisibleAsync("[data-not-a-member] button[type=submit]"));
        Assert.Null(await OidcSignInFixture.WhoAmIAsync(page));
    }
}

/// <summary>
/// Run on its own, after the other browser tests: its provider, server and Chromium would otherwise
/// compete with their heaviest queries for the same two cores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OidcSignInCollection : ICollectionFixture<OidcSignInFixture>
{
    public const string Name = "oidc sign-in";
}
