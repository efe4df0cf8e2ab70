using Reporting.DuckDb;
using System.Net;
using System.Text.RegularExpressions;
using Reporting.Core.Access;
using Reporting.Core.Storage;

namespace Reporting.Bench.Http;

/// <summary>
/// The user the cube queries are sent as: a CSM whose book is one of the synthetic data's twelve CSMs
/// (a scoped user, the slowest kind: their scope restricts every statement), signed in through the
/// server's /signin form; wrk sends the session cookie.
/// </summary>
public static partial class ScopedUser
{
    public const string Email = "csm8@bench.example";

    /// <summary>The synthetic accounts' CSM named csm8 (every twelfth account, A7 among them: the embed target's account).</summary>
    public static readonly AccessScope Scope = AccessScope.ForBook(["csm8", Email]);

    private const string Password = "bench-csm-password";

    /// <summary>Adds the CSM to the team, before the server opens the file (DuckDB lets one process write it).</summary>
    public static void Add(string databasePath)
    {
        using var database = ReportingDatabase.Open(databasePath);
        using (var connection = database.Connect())
        {
            connection.Execute("INSERT INTO dim_team_member (email, name, role) VALUES ($1, 'csm8', 'csm') ON CONFLICT (email) DO NOTHING", Email);
        }
        new Credentials(database).SetPassword(Email, Password, DateTimeOffset.UtcNow);
    }

    /// <summary>Signs in and answers the Cookie header that carries the session.</summary>
    public static string SignIn(Uri server)
    {
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = server };
        var token = AntiforgeryToken().Match(client.GetStringAsync("/signin").GetAwaiter().GetResult()).Groups[1].Value;
        using var answer = client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = Email, ["password"] = Password, ["returnUrl"] = "/healthz", ["__RequestVerificationToken"] = token,
        })).GetAwaiter().GetResult();
        return cookies.GetCookies(server)["reporting.session"] is { } session
            ? $"{session.Name}={session.Value}"
            : throw new InvalidOperationException($"the benchmark's CSM could not sign in: {(int)answer.StatusCode}");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
