using Reporting.DuckDb;
using System.Net;
using System.Text.RegularExpressions;
using Reporting.Core.Access;
using Reporting.Core.Storage;

namespace Reporting.Browser.Tests.Infrastructure;

/// <summary>
/// The browser tests read as an admin, so that what they check means what it did before sign-in: the
/// admin is added to the team with a password, signs in once through the real /signin form, and every
/// browser context and the API client carry that session's cookie.
/// </summary>
public sealed partial class AdminSession
{
    public const string Email = "admin@browser-tests.example";

    private const string Password = "browser-tests-admin-password";

    private AdminSession(HttpClient api, Cookie cookie)
    {
        Api = api;
        Cookie = cookie;
    }

    /// <summary>An HTTP client of the server, signed in.</summary>
    public HttpClient Api { get; }

    /// <summary>The session cookie, to add to each browser context.</summary>
    public Cookie Cookie { get; }

    public static AdminSession Start(ReportingDatabase database, Uri server)
    {
        using (database.AcquireWriter())
        using (var connection = database.Connect())
        {
            connection.Execute("INSERT INTO dim_team_member (email, name, role) VALUES ($1, 'Browser Tests', 'admin') ON CONFLICT (email) DO NOTHING", Email);
        }
        new Credentials(database).SetPassword(Email, Password, DateTimeOffset.UtcNow);
        var cookies = new CookieContainer();
        var api = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = server };
        var form = api.GetStringAsync("/signin").GetAwaiter().GetResult();
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        using var signedIn = api.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = Email, ["password"] = Password, ["returnUrl"] = "/healthz", ["__RequestVerificationToken"] = token,
        })).GetAwaiter().GetResult();
        var session = cookies.GetCookies(server)["reporting.session"]
            ?? throw new InvalidOperationException($"Signing in as {Email} did not work: {(int)signedIn.StatusCode}.");
        return new AdminSession(api, session);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
