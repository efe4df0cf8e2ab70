using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Reporting.Web.SignIn.Oidc;

/// <summary>The sign-in start: off to the provider, and back to where the person was going.</summary>
public static class OidcEndpoints
{
    public static ChallengeHttpResult Challenge(string? returnUrl) =>
        TypedResults.Challenge(new AuthenticationProperties { RedirectUri = LocalOrHome(returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme]);

    /// <summary>Only a path of this site ("/accounts?x=1"); anything else ("//evil", "https://…") is home.</summary>
    public static string LocalOrHome(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Contains('\n') && !url.Contains('\r')
            ? url
            : "/";
}
