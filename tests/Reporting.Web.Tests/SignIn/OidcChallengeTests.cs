using System.Net;
using System.Web;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Reporting.Web.Tests.SignIn;

/// <summary>The way to the provider and back, over HTTP, against the real test provider.</summary>
public sealed class OidcChallengeTests(OidcProviderFixture fixture) : IClassFixture<OidcProviderFixture>
{
    private static readonly WebApplicationFactoryClientOptions NoRedirects = new() { AllowAutoRedirect = false };

    [Fact]
    public async Task Signing_in_redirects_to_the_provider_for_an_authorization_code_with_an_S256_PKCE_challenge()
    {
        using var server = fixture.Server();
        using var client = server.CreateClient(NoRedirects);

        using var response = await client.GetAsync("/signin/oidc?returnUrl=/accounts");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal(new Uri(fixture.Provider.Issuer, "/auth").GetLeftPart(UriPartial.Path), location.GetLeftPart(UriPartial.Path));
        var query = HttpUtility.ParseQueryString(location.Query);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        // S256: base64url of a SHA-256, 43 characters without padding.
        Assert.Matches("^[A-Za-z0-9_-]{43}$", query["code_challenge"]);
        Assert.Equal(Reporting.Tests.OidcProvider.OidcTestProvider.ClientId, query["client_id"]);
        Assert.Equal("http://localhost/signin-oidc", query["redirect_uri"]);
        Assert.Equal(["openid", "profile", "email", "groups"], query["scope"]!.Split(' '));
        Assert.False(string.IsNullOrEmpty(query["state"]));
        Assert.False(string.IsNullOrEmpty(query["nonce"]));
        // The verifier stays with the app: it is never in the address the browser is sent to.
        Assert.Null(query["code_verifier"]);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Correlation.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Each_sign_in_gets_a_challenge_of_its_own()
    {
        using var server = fixture.Server();
        using var client = server.CreateClient(NoRedirects);

        var challenges = new HashSet<string>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync("/signin/oidc");
            challenges.Add(HttpUtility.ParseQueryString(response.Headers.Location!.Query)["code_challenge"]!);
        }

        Assert.Equal(3, challenges.Count);
    }

    [Theory]
    [InlineData("GET", "/signin-oidc")]
    [InlineData("GET", "/signin-oidc?code=made-up&state=made-up")]
    [InlineData("POST", "/signin-oidc")]
    public async Task A_callback_that_cannot_be_checked_lands_on_a_page_that_says_so_not_an_error(string method, string path)
    {
        using var server = fixture.Server();
        using var client = server.CreateClient(NoRedirects);

        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["code"] = "made-up", ["state"] = "made-up" });
        }
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/signin/oidc/failed", response.Headers.Location!.OriginalString);
        using var page = await client.GetAsync("/signin/oidc/failed");
        Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
        Assert.Contains("<h1>Sign-in did not complete</h1>", await page.Content.ReadAsStringAsync());
        var audited = new Reporting.Core.Access.AuditLog(server.Database).Recent(10);
        Assert.Equal(("anonymous", "sign-in-failed", "refused", "oidc: provider sign-in did not complete"), (audited[0].Actor, audited[0].Action, audited[0].Outcome, audited[0].Detail));
    }

    [Fact]
    public async Task Without_an_authority_there_is_no_provider_sign_in()
    {
        using var server = new ReportingWebFactory(new() { ["Tests:Seed"] = "false" });
        using var client = server.CreateClient(NoRedirects);

        using var start = await client.GetAsync("/signin/oidc");
        using var callback = await client.GetAsync("/signin-oidc");

        Assert.Equal(HttpStatusCode.NotFound, start.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, callback.StatusCode);
    }
}

/// <summary>With a provider that offers PAR, the authorization request (and its PKCE challenge) never passes through the browser.</summary>
public sealed class OidcPushedChallengeTests
{
    [Fact]
    public async Task The_request_is_pushed_and_the_browser_carries_only_its_reference()
    {
        using var provider = new Reporting.Tests.OidcProvider.OidcTestProvider(new Uri("http://localhost"), []);
        var settings = provider.AppSettings();
        settings["Tests:Seed"] = "false";
        using var server = new ReportingWebFactory(settings);
        using var client = server.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync("/signin/oidc");

        var query = HttpUtility.ParseQueryString(response.Headers.Location!.Query);
        Assert.Equal(["client_id", "request_uri"], query.AllKeys.Order(StringComparer.Ordinal));
        Assert.StartsWith("urn:ietf:params:oauth:request_uri:", query["request_uri"], StringComparison.Ordinal);
    }
}
