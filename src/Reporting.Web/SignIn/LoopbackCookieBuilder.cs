using System.Net;
using Microsoft.AspNetCore.Authentication;

namespace Reporting.Web.SignIn;

/// <summary>
/// The session cookie is Secure, except on plain HTTP to a loopback host (./run.sh's
/// http://localhost:5080, the tests' servers), where a Secure cookie would never come back and
/// nobody could sign in. Any other host over plain HTTP still gets a Secure cookie: serve it over HTTPS.
/// </summary>
public sealed class LoopbackCookieBuilder : RequestPathBaseCookieBuilder
{
    public override CookieOptions Build(HttpContext context, DateTimeOffset expiresFrom)
    {
        var options = base.Build(context, expiresFrom);
        options.Secure = context.Request.IsHttps || !IsLoopback(context.Request.Host.Host);
        return options;
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
}
