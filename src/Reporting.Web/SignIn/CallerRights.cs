using System.Security.Claims;
using Reporting.Core.Access;
using Reporting.Web.Ingest;

namespace Reporting.Web.SignIn;

/// <summary>
/// What the caller of a request may do, from their principal: a signed-in team member's role or an API
/// key's scopes. The access policies and the pages (which hide what a caller may not use) both ask here.
/// </summary>
public static class CallerRights
{
    /// <summary>Signed in as a team member (any role).</summary>
    public static bool IsTeamMember(this ClaimsPrincipal user) => user.Identity?.IsAuthenticated == true && user.Role() is not null;

    public static bool HasScope(this ClaimsPrincipal user, string scope) => user.HasClaim(ApiKeyScopes.Claim, scope);

    public static bool IsAdmin(this ClaimsPrincipal user) => user.Role() == TeamRole.Admin;

    /// <summary>Any team member, or a key that reads.</summary>
    public static bool MayRead(this ClaimsPrincipal user) => user.IsTeamMember() || user.HasScope(ApiKeyScopes.Read);

    /// <summary>CSV and PDF downloads: everyone who reads but viewers.</summary>
    public static bool MayExport(this ClaimsPrincipal user) => user.MayRead() && user.Role() != TeamRole.Viewer;

    /// <summary>What customers wrote: everyone who reads but viewers.</summary>
    public static bool MayReadVerbatims(this ClaimsPrincipal user) => user.MayRead() && user.Role() != TeamRole.Viewer;

    /// <summary>
    /// Whether pages show download links: hidden only from a signed-in member who may not export (an
    /// embed's anonymous viewer gets its token's links, which the token answers for).
    /// </summary>
    public static bool SeesExportLinks(this ClaimsPrincipal user) => !user.IsTeamMember() || user.MayExport();

    public static bool MayIngest(this ClaimsPrincipal user) => user.IsAdmin() || user.HasScope(ApiKeyScopes.Ingest);

    public static bool MayMintEmbeds(this ClaimsPrincipal user) => user.IsAdmin() || user.HasScope(ApiKeyScopes.EmbedMint);
}
