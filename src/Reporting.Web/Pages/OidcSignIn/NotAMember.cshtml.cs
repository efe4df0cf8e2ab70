using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Reporting.Web.Security;
using Reporting.Web.SignIn.Oidc;

namespace Reporting.Web.Pages.OidcSignIn;

/// <summary>
/// Someone the provider signed in who is not on the team: 403 and a page that says so, naming the
/// e-mail they signed in with, never an empty dashboard. Signing out here signs them out at the
/// provider too, or the next sign-in would silently be the same person again.
/// </summary>
[AllowAnonymous]
public sealed class NotAMemberModel(IDataProtectionProvider protection, IOptions<OidcOptions> options) : PageModel
{
    public NotAMemberNotice? Notice { get; private set; }

    public void OnGet(string? who)
    {
        Notice = NotAMemberNotice.Read(protection, who);
        Response.StatusCode = StatusCodes.Status403Forbidden;
        if (options.Value.IsEnabled)
        {
            // The sign-out form's redirects end at the provider, which the site's form-action would block.
            Response.Headers.ContentSecurityPolicy = SiteHeaders.Policy(formOrigin: new Uri(options.Value.Authority!).GetLeftPart(UriPartial.Authority));
        }
    }

    public IActionResult OnPost() => options.Value.IsEnabled
        ? SignOut(new AuthenticationProperties { RedirectUri = "/" }, CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme)
        : SignOut(new AuthenticationProperties { RedirectUri = "/" }, CookieAuthenticationDefaults.AuthenticationScheme);
}
