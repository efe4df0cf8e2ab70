using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Web.SignIn.Oidc;

namespace Reporting.Web.Tests.SignIn;

/// <summary>The page someone the provider signed in, but who is not on the team, lands on.</summary>
public sealed class NotAMemberPageTests(OidcProviderFixture fixture) : IClassFixture<OidcProviderFixture>
{
    [Fact]
    public async Task It_answers_403_and_names_the_e_mail_they_signed_in_with_escaped()
    {
        using var server = fixture.Server();
        using var client = server.CreateAnonymousClient();
        var hostile = "<script>alert(1)</script>@example.test";
        var who = new NotAMemberNotice(hostile, Unverified: false).Protect(server.Services.GetRequiredService<IDataProtectionProvider>());

        using var response = await client.GetAsync("/signin/not-a-member?who=" + Uri.EscapeDataString(who));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var page = new HtmlParser().ParseDocument(html);
        Assert.Equal("You are not on the Customer Success team here", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(hostile, page.QuerySelector("[data-field=email]")!.TextContent);
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("form[method=post] input[name=__RequestVerificationToken]"));
        Assert.Equal("Sign out, to sign in as someone else", page.QuerySelector("form button")!.TextContent);
        // Its sign-out form ends at the provider, and may: the rest of the site's policy stands.
        var provider = fixture.Provider.Issuer.GetLeftPart(UriPartial.Authority);
        Assert.Equal(
            Reporting.Web.Security.SiteHeaders.ContentSecurityPolicy.Replace("form-action 'self'", $"form-action 'self' {provider}", StringComparison.Ordinal),
            response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task An_e_mail_the_provider_did_not_verify_is_named_as_unverified()
    {
        using var server = fixture.Server();
        using var client = server.CreateAnonymousClient();
        var who = new NotAMemberNotice("ana@example.test", Unverified: true).Protect(server.Services.GetRequiredService<IDataProtectionProvider>());

        var html = await (await client.GetAsync("/signin/not-a-member?who=" + Uri.EscapeDataString(who))).Content.ReadAsStringAsync();

        Assert.Contains("but your identity provider says it has not verified that e-mail", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?who=ana%40example.test")]
    [InlineData("?who=CfDJ8altered")]
    public async Task Without_a_genuine_notice_it_names_nobody(string query)
    {
        using var server = fixture.Server();
        using var client = server.CreateAnonymousClient();

        using var response = await client.GetAsync("/signin/not-a-member" + query);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(page.QuerySelector("[data-field=email]"));
        Assert.Contains("did not tell us an e-mail that names a team member", page.QuerySelector("[data-not-a-member]")!.TextContent, StringComparison.Ordinal);
    }
}
