using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reporting.Core.Access;
using Reporting.Web.SignIn;

namespace Reporting.Web.Pages;

/// <summary>
/// Local password sign-in. A wrong e-mail and a wrong password get the same answer, so the page does
/// not tell who has an account; a locked account is told so. Every attempt is audited (never the password).
/// </summary>
public sealed class SignInModel(TeamCache team, Credentials credentials, WebAudit audit, TimeProvider clock, IConfiguration configuration) : PageModel
{
    public const string Rejected = "That e-mail and password do not match an account. Check both and try again.";

    public static readonly string LockedOut =
        $"Too many wrong passwords: this account is locked for {Credentials.LockoutFor.TotalMinutes:0} minutes. Try again later, or ask an admin to set a new password.";

    public string? Error { get; private set; }

    public string Email { get; private set; } = "";

    public string ReturnUrl { get; private set; } = "/";

    /// <summary>Where to sign in through the organisation's OpenID provider, when one is configured.</summary>
    public string? OidcUrl => Reporting.Web.SignIn.Oidc.OidcOptions.IsConfigured(configuration)
        ? "/signin/oidc?returnUrl=" + Uri.EscapeDataString(ReturnUrl) : null;

    public void OnGet(string? returnUrl) => ReturnUrl = LocalOrHome(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? email, string? password, string? returnUrl)
    {
        Email = (email ?? "").Trim();
        ReturnUrl = LocalOrHome(returnUrl);
        // Checked even for an e-mail that is no team member, so the answer takes as long either way.
        var check = credentials.Verify(Email, password ?? "", clock.GetUtcNow());
        var member = team.Find(Email);
        if (check == PasswordCheck.Accepted && member is not null)
        {
            await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, TeamClaims.Principal(member, member.Role, "password"));
            audit.Record(HttpContext, AuditActions.SignIn, null, actor: member.Email, detail: "password");
            return LocalRedirect(ReturnUrl);
        }
        var reason = check switch
        {
            PasswordCheck.LockedOut => "locked out",
            PasswordCheck.Accepted => "not a team member",
            _ => "wrong e-mail or password",
        };
        audit.Record(HttpContext, AuditActions.SignInFailed, null, outcome: "refused", detail: reason, actor: Email);
        Error = check == PasswordCheck.LockedOut ? LockedOut : Rejected;
        return Page();
    }

    private string LocalOrHome(string? returnUrl) => returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
