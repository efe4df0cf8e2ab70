using Microsoft.AspNetCore.Authentication;

namespace Reporting.Web.SignIn.Oidc;

/// <summary>
/// Sign-in through an OpenID provider when <c>Reporting:Auth:Oidc:Authority</c> is set.
/// (Placeholder for the contract: the OIDC work fills this in.)
/// </summary>
public static class OidcRegistration
{
    public static AuthenticationBuilder AddReportingOidc(this AuthenticationBuilder authentication, IConfiguration configuration) => authentication;
}
