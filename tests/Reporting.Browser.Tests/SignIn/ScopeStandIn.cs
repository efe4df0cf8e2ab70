using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Core.Access;
using Reporting.Web.SignIn;

namespace Reporting.Browser.Tests.SignIn;

/// <summary>
/// TEST-ONLY STAND-IN, TO DELETE WHEN THE SIGN-IN WORK'S PER-REQUEST SCOPE (helper-auth's
/// RequestScope) IS ON MAIN: runs each request in the cookie session's member's scope (their role's:
/// a CSM their book), as that middleware does, so that the scoped-view tests can be written and run
/// against OIDC sign-in before it lands. It decides nothing the tests assert about OIDC itself.
/// </summary>
public sealed class ScopeStandIn : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, rest) =>
        {
            var user = (await context.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme)).Principal;
            var team = context.RequestServices.GetRequiredService<TeamDirectory>();
            var member = user?.Email() is { } email ? team.Find(email) : null;
            var scope = member is null || user!.Role() is not { } role
                ? AccessScope.Nothing
                : TeamDirectory.ScopeOf(member with { Role = role }, team.Members());
            using (AccessScope.Enter(scope))
            {
                await rest(context);
            }
        });
        next(app);
    };
}
