using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Reporting.Core.Access;
using Reporting.Web.Pages;

namespace Reporting.Web.Tests.SignIn;

/// <summary>The /signin form: what a wrong or locked attempt is told, where a right one goes, what the audit log keeps.</summary>
public sealed class SignInFormTests(TeamSite site) : IClassFixture<TeamSite>
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task A_wrong_password_and_an_unknown_e_mail_get_the_same_answer()
    {
        site.Factory.Database.AddMember("wrong@tests.example", "Wren", TeamRole.Csm);
        using var client = site.Factory.CreateAnonymousClient();

        var wrongPassword = await ErrorOf(await client.PostSignInAsync("wrong@tests.example", "not-the-password"));
        var unknown = await ErrorOf(await client.PostSignInAsync("nobody@tests.example", "not-the-password"));

        Assert.Equal(SignInModel.Rejected, wrongPassword);
        Assert.Equal(SignInModel.Rejected, unknown);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/kpis")).StatusCode);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        site.Factory.Database.AddMember("locked@tests.example", "Lock", TeamRole.Leader);
        using var client = site.Factory.CreateAnonymousClient();

        var answers = new List<string?>();
        for (var i = 0; i < Credentials.MaxFailures; i++)
        {
            answers.Add(await ErrorOf(await client.PostSignInAsync("locked@tests.example", $"guess-{i}")));
        }
        var right = await ErrorOf(await client.PostSignInAsync("locked@tests.example"));

        Assert.Equal([.. Enumerable.Repeat(SignInModel.Rejected, 4), SignInModel.LockedOut], answers);
        Assert.Equal(SignInModel.LockedOut, right);
        Assert.StartsWith("Too many wrong passwords: this account is locked for 15 minutes.", SignInModel.LockedOut, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/accounts?segment=SMB", "/accounts?segment=SMB")]
    [InlineData("https://evil.example/", "/")]
    [InlineData("//evil.example/", "/")]
    public async Task Sign_in_returns_only_to_a_local_address(string returnUrl, string expected)
    {
        site.Factory.Database.AddMember("return@tests.example", "Ret", TeamRole.Leader);
        using var client = site.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = new Dictionary<string, string>
        {
            ["email"] = " Return@Tests.Example ",
            ["password"] = TeamSignIn.Password,
            ["returnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = await client.AntiforgeryTokenAsync("/signin"),
        };

        var response = await client.PostAsync("/signin", new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_same_site_lax_and_secure_off_loopback()
    {
        site.Factory.Database.AddMember("cookie@tests.example", "Cookie", TeamRole.Leader);

        var loopback = await SessionCookie(new Uri("http://localhost"));
        var https = await SessionCookie(new Uri("https://localhost"));
        var plainHttpElsewhere = await SessionCookie(new Uri("http://reports.example.com"));

        Assert.Contains("httponly", loopback);
        Assert.Contains("samesite=lax", loopback);
        Assert.DoesNotContain("secure", loopback);
        Assert.Contains("secure", https);
        Assert.Contains("secure", plainHttpElsewhere);
    }

    [Fact]
    public async Task Sign_out_is_a_post_with_the_antiforgery_token_and_ends_the_session()
    {
        site.Factory.Database.AddMember("out@tests.example", "Out", TeamRole.Leader);
        using var client = await site.As("out@tests.example");

        var withoutToken = await client.PostAsync("/signout", new FormUrlEncodedContent([]));
        var stillIn = (await client.GetAsync("/api/kpis")).StatusCode;
        await client.SignOutAsync();
        var after = (await client.GetAsync("/api/kpis")).StatusCode;

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillIn);
        Assert.Equal(HttpStatusCode.Unauthorized, after);
    }

    [Fact]
    public async Task Every_attempt_is_audited_with_the_typed_e_mail_and_never_the_password()
    {
        site.Factory.Database.AddMember("audited@tests.example", "Aud", TeamRole.Leader);
        using var client = site.Factory.CreateAnonymousClient();
        var typed = "  " + new string('x', 300) + "@tests.example";

        await client.PostSignInAsync("audited@tests.example", "a-wrong-secret-password");
        await client.PostSignInAsync(typed, "another-secret-password");
        await client.SignInAsync("audited@tests.example");

        var recent = new AuditLog(site.Factory.Database).Recent(3);
        Assert.Equal(
        [
            $"audited@tests.example|{AuditActions.SignIn}|ok|password",
            $"{typed.Trim()[..254]}|{AuditActions.SignInFailed}|refused|wrong e-mail or password",
            $"audited@tests.example|{AuditActions.SignInFailed}|refused|wrong e-mail or password",
        ],
        recent.Select(e => $"{e.Actor}|{e.Action}|{e.Outcome}|{e.Detail}"));
        Assert.DoesNotContain(recent, e => $"{e.Actor}{e.Target}{e.Detail}".Contains("secret", StringComparison.Ordinal) || e.Detail!.Contains(TeamSignIn.Password, StringComparison.Ordinal));
    }

    private async Task<string> SessionCookie(Uri baseAddress)
    {
        using var client = site.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = baseAddress });
        var response = await client.PostSignInAsync("cookie@tests.example");
        return Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("reporting.session=", StringComparison.Ordinal)).ToLowerInvariant();
    }

    private static async Task<string?> ErrorOf(HttpResponseMessage response)
    {
        Assert.Equal("/signin", response.RequestMessage?.RequestUri?.AbsolutePath);
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());
        return page.QuerySelector("[data-testid=sign-in-error]")?.TextContent;
    }
}
