using Reporting.Core.Access;

namespace Reporting.Web.SignIn;

/// <summary>
/// Runs the rest of each request inside its caller's <see cref="AccessScope"/>, so that every connection
/// the request opens and every cube statement it runs sees only the caller's accounts: a signed-in
/// member their role's scope (a CSM their book), an API key every account (a key reaches only the
/// endpoints its scopes allow), an embed every account (its token locks the filters), anyone else nothing.
/// </summary>
public sealed class RequestScope(TeamCache team)
{
    public async Task Apply(HttpContext context, RequestDelegate next)
    {
        using (AccessScope.Enter(Of(context)))
        {
            await next(context);
        }
    }

    public AccessScope Of(HttpContext context)
    {
        var user = context.User;
        if (context.Request.Path.StartsWithSegments("/embed") || user.Identity?.AuthenticationType == Ingest.ApiKeyAuthentication.SchemeName)
        {
            return AccessScope.All;
        }
        return user.IsTeamMember() && team.Find(user.Email()) is { } member
            ? team.ScopeOf(member, user.Role()!.Value)
            : AccessScope.Nothing;
    }
}
