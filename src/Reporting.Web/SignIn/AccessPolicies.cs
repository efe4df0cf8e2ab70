using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Reporting.Web.SignIn;

/// <summary>
/// The authorization policies, by name. Every endpoint and page without a policy of its own takes the
/// fallback: a signed-in team member (or a key that reads). Those open to everyone say so
/// (AllowAnonymous): sign-in, /healthz, the status pages and /embed (where the token is the policy).
/// </summary>
public static class AccessPolicies
{
    public const string Admin = "admin";
    public const string Ingest = "ingest";
    public const string EmbedMint = "embed-mint";
    public const string Exports = "exports";

    public static void Add(AuthorizationOptions options)
    {
        // A path that maps to nothing stays a 404 for everyone (/metrics from afar, a mistyped address).
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAssertion(context =>
            (context.Resource is HttpContext http && http.GetEndpoint() is null) || context.User.MayRead()).Build();
        options.AddPolicy(Admin, Policy(CallerRights.IsAdmin));
        options.AddPolicy(Ingest, Policy(CallerRights.MayIngest));
        options.AddPolicy(EmbedMint, Policy(CallerRights.MayMintEmbeds));
        options.AddPolicy(Exports, Policy(CallerRights.MayExport));
    }

    private static AuthorizationPolicy Policy(Func<ClaimsPrincipal, bool> allows) =>
        new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireAssertion(context => allows(context.User)).Build();
}
