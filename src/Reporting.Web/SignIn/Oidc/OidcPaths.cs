namespace Reporting.Web.SignIn.Oidc;

/// <summary>The site's addresses for sign-in through an OpenID provider.</summary>
public static class OidcPaths
{
    /// <summary>Starts a sign-in at the provider (GET, with an optional local returnUrl).</summary>
    public const string SignIn = "/signin/oidc";

    /// <summary>Where the provider sends the browser back; register it with the provider.</summary>
    public const string Callback = "/signin-oidc";

    /// <summary>Where the provider sends the browser back after signing out there.</summary>
    public const string SignedOutCallback = "/signout-callback-oidc";

    public const string NotAMember = "/signin/not-a-member";

    public const string Failed = "/signin/oidc/failed";
}
