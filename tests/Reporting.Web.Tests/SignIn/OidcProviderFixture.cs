using Reporting.Tests.OidcProvider;

namespace Reporting.Web.Tests.SignIn;

/// <summary>
/// The test OpenID provider, for a test class: its client's redirect URI is the test server's. It
/// offers no pushed authorization requests, so the authorization request shows in the redirect.
/// </summary>
public sealed class OidcProviderFixture : IDisposable
{
    public OidcTestProvider Provider { get; } = new(new Uri("http://localhost"), [], pushedAuthorizationRequests: false);

    /// <summary>A server signing in at the provider, with no demo data (these tests read none).</summary>
    public ReportingWebFactory Server(Dictionary<string, string?>? more = null)
    {
        var settings = Provider.AppSettings();
        settings["Tests:Seed"] = "false";
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }
        return new ReportingWebFactory(settings);
    }

    public void Dispose() => Provider.Dispose();
}
