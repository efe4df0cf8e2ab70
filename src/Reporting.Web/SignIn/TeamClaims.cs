using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Reporting.Core.Access;

namespace Reporting.Web.SignIn;

/// <summary>
/// The one shape of a signed-in team member, whichever way they signed in: their e-mail (the key
/// to the team), name and role. The request's <see cref="AccessScope"/> is worked out from these.
/// </summary>
public static class TeamClaims
{
    /// <summary>How they signed in: "password" or "oidc".</summary>
    public const string Method = "reporting:sign_in_method";

    public static ClaimsPrincipal Principal(TeamMember member, TeamRole role, string method) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Email, member.Email),
            new Claim(ClaimTypes.Name, member.Name),
            new Claim(ClaimTypes.Role, role.Name()),
            new Claim(Method, method),
        ],
        CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role));

    public static string? Email(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.Email);

    public static TeamRole? Role(this ClaimsPrincipal user) => TeamRoles.Parse(user.FindFirstValue(ClaimTypes.Role));
}
