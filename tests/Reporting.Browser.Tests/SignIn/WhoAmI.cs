using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Reporting.Browser.Tests.SignIn;

/// <summary>
/// Test-only: GET /test/whoami answers the cookie session's principal (email, name, role, method and
/// every claim type), or null, so a test sees exactly whom a sign-in made the browser.
/// </summary>
public sealed class WhoAmI : IStartupFilter
{
    public const string Path = "/test/whoami";

    public sealed record Answer(string Email, string Name, string Role, string Method, string[] ClaimTypes);

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map(Path, branch => branch.Run(async context =>
        {
            var session = await context.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            var user = session.Principal;
            await context.Response.WriteAsJsonAsync(user is null ? null : new Answer(
                user.FindFirstValue(ClaimTypes.Email)!, user.FindFirstValue(ClaimTypes.Name)!, user.FindFirstValue(ClaimTypes.Role)!,
                user.FindFirstValue(Reporting.Web.SignIn.TeamClaims.Method)!, [.. user.Claims.Select(c => c.Type)]));
        }));
        next(app);
    };
}
