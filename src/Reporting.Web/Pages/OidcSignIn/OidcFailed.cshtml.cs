using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Reporting.Web.Pages.OidcSignIn;

/// <summary>Where a refused, cancelled or uncheckable provider sign-in lands: 401 and a way to try again.</summary>
[AllowAnonymous]
public sealed class OidcFailedModel : PageModel
{
    public void OnGet() => Response.StatusCode = StatusCodes.Status401Unauthorized;
}
