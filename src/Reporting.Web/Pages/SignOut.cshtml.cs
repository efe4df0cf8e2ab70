using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reporting.Core.Access;
using Reporting.Web.SignIn;

namespace Reporting.Web.Pages;

/// <summary>Sign-out: a POST only (with the antiforgery token Razor Pages checks), so that a link or an image cannot sign anyone out.</summary>
public sealed class SignOutModel(WebAudit audit) : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        audit.Record(HttpContext, AuditActions.SignOut, null);
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return LocalRedirect("/signin");
    }
}
