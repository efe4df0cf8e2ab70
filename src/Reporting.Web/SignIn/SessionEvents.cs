using Reporting.Core.Access;
using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace Reporting.Web.SignIn;

/// <summary>
/// The session cookie's rules on every request: it ends at the absolute cap after sign-in, and as soon
/// as its member is no longer in the team; a program (/api, /openapi) is answered 401 or 403 as
/// ProblemDetails where a person is sent to /signin or shown the 403 page.
/// </summary>
public sealed class SessionEvents(TeamCache team, IOptions<SessionOptions> options, TimeProvider clock) : CookieAuthenticationEvents
{
    private const string SignedInAt = "reporting.signed_in_at";

    public override Task SigningIn(CookieSigningInContext context)
    {
        context.Properties.Items.TryAdd(SignedInAt, clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        return Task.CompletedTask;
    }

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var signedInAt = context.Properties.Items.TryGetValue(SignedInAt, out var text) && long.TryParse(text, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : DateTimeOffset.MinValue;
        var expired = clock.GetUtcNow() - signedInAt >= options.Value.SessionMax;
        if (expired || context.Principal is null || team.Find(context.Principal.Email()) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context) =>
        IsForPrograms(context.Request)
            ? TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in required",
                detail: "Sign in at /signin (the session cookie), or send an API key with the read scope in the X-Api-Key header.").ExecuteAsync(context.HttpContext)
            : base.RedirectToLogin(context);

    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (IsForPrograms(context.Request))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed for your role",
                detail: $"Your role ({context.HttpContext.User.Role()?.Name() ?? "none"}) does not allow this request.").ExecuteAsync(context.HttpContext);
        }
        // A bodiless 403: the status pages show the site's own page for it.
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return Task.CompletedTask;
    }

    public static bool IsForPrograms(HttpRequest request) =>
        request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/openapi");
}
