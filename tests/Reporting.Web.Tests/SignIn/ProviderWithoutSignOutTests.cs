using System.Net;
using System.Text.RegularExpressions;
using Reporting.Tests.OidcProvider;

namespace Reporting.Web.Tests.SignIn;

/// <summary>A provider that offers no sign-out (no end_session_endpoint), as many organisations' do not.</summary>
public sealed partial class ProviderWithoutSignOutTests : IDisposable
{
    private readonly OidcTestProvider provider = new(new Uri("http://localhost"), [], pushedAuthorizationRequests: false, endSession: false);

    [Fact]
    public async Task Signing_out_from_the_not_a_member_page_ends_the_site_session_and_goes_home_instead_of_failing()
    {
        var settings = provider.AppSettings();
        settings["Tests:Seed"] = "false";
        using var server = new ReportingWebFactory(settings);
        using var client = server.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await (await client.GetAsync("/signin/not-a-member")).Content.ReadAsStringAsync(); // a 403 page with the form
        var token = AntiforgeryToken().Match(page).Groups[1].Value;

        using var response = await client.PostAsync("/signin/not-a-member",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    public void Dispose() => provider.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
