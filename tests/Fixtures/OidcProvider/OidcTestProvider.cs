using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace Reporting.Tests.OidcProvider;

/// <summary>
/// A real OpenID provider (npm's oidc-provider, provider.mjs beside this file) in a node process on
/// the loopback, on a port of its own choosing, with one client (the app, with its redirect URIs) and
/// the given users. Disposing ends the process.
/// </summary>
public sealed class OidcTestProvider : IDisposable
{
    public const string ClientId = "reporting-tests";

    /// <summary>A secret for this test client only.</summary>
    public const string ClientSecret = "test-only-client-secret-0123456789";

    private readonly Process process;
    private readonly List<string> output = [];

    /// <param name="pushedAuthorizationRequests">
    /// Whether the provider offers PAR (RFC 9126): the app then pushes its authorization request and
    /// sends the browser with a request_uri only; without it the request is in the browser's address.
    /// </param>
    /// <param name="endSession">Whether the provider offers sign-out (RP-initiated logout, an end_session_endpoint); many do not.</param>
    public OidcTestProvider(Uri app, IEnumerable<OidcTestUser> users, bool pushedAuthorizationRequests = true, bool endSession = true)
    {
        var config = new
        {
            pushedAuthorizationRequests,
            endSession,
            client = new
            {
                client_id = ClientId,
                client_secret = ClientSecret,
                redirect_uris = new[] { new Uri(app, "/signin-oidc").ToString() },
                post_logout_redirect_uris = new[] { new Uri(app, "/signout-callback-oidc").ToString() },
            },
            users = users.ToDictionary(u => u.Login, u => u),
        };
        var start = new ProcessStartInfo("node", "provider.mjs")
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["OIDC_TEST_CONFIG"] = JsonSerializer.Serialize(config);
        start.Environment["NODE_ENV"] = "test";
        process = Process.Start(start) ?? throw new InvalidOperationException("node could not be started: is Node.js installed?");
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginErrorReadLine();
        Issuer = ReadIssuer();
    }

    /// <summary>The provider's issuer, e.g. http://127.0.0.1:40123: the app's Authority.</summary>
    public Uri Issuer { get; }

    /// <summary>The app's settings for signing in here.</summary>
    public Dictionary<string, string?> AppSettings(params string[] scopes)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Reporting:Auth:Oidc:Authority"] = Issuer.ToString().TrimEnd('/'),
            ["Reporting:Auth:Oidc:ClientId"] = ClientId,
            ["Reporting:Auth:Oidc:ClientSecret"] = ClientSecret,
        };
        string[] asked = scopes.Length > 0 ? scopes : ["openid", "profile", "email", "groups"];
        for (var i = 0; i < asked.Length; i++)
        {
            settings[$"Reporting:Auth:Oidc:Scopes:{i}"] = asked[i];
        }
        return settings;
    }

    /// <summary>The folder of provider.mjs and its node_modules, fetched by the build (OidcProvider.targets).</summary>
    public static string Folder => typeof(OidcTestProvider).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "OidcProviderFolder").Value!;

    /// <summary>The first line the provider prints once it serves; everything else on stdout is kept for errors.</summary>
    private Uri ReadIssuer()
    {
        var read = Task.Run(() =>
        {
            while (process.StandardOutput.ReadLine() is { } line)
            {
                if (line.StartsWith("listening ", StringComparison.Ordinal))
                {
                    return new Uri(line["listening ".Length..]);
                }
                Keep(line);
            }
            return null;
        });
        // A bound on start-up, so a broken install fails the fixture instead of hanging the run.
        if (!read.Wait(TimeSpan.FromSeconds(60)) || read.Result is null)
        {
            Dispose();
            throw new InvalidOperationException($"The test OpenID provider did not start in {Folder}:\n" + string.Join('\n', output));
        }
        return read.Result;
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.Add(line);
            }
        }
    }

    public void Dispose()
    {
        if (process.HasExited)
        {
            process.Dispose();
            return;
        }
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
        {
            process.Kill();
        }
        process.Dispose();
    }
}
