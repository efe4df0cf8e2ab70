using Microsoft.AspNetCore.Authentication.Cookies;

namespace Reporting.Web.SignIn;

/// <summary>
/// Refuses a request that changes something (POST, PUT, PATCH, DELETE) on the strength of the session
/// cookie when the browser says another site sent it: Sec-Fetch-Site cross-site or same-site, or an
/// Origin other than this site's. The pages' forms carry antiforgery tokens; the JSON API (ingest, cube
/// queries) relies on this instead of on SameSite=Lax alone, which a sibling subdomain gets past.
/// Programs that send an API key carry no ambient credential and are not concerned; nor are requests
/// without either header (not from a browser).
/// </summary>
public static class CrossSiteRequests
{
    public static async Task Refuse(HttpContext context, RequestDelegate next)
    {
        if (IsUnsafe(context.Request.Method)
            && context.User.Identity?.AuthenticationType == CookieAuthenticationDefaults.AuthenticationScheme
            && FromAnotherSite(context.Request))
        {
            await TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Cross-site request refused",
                detail: "This request changes data with your session, but your browser says another site sent it (Sec-Fetch-Site or Origin). Send it from this site, or from a program with an API key.")
                .ExecuteAsync(context);
            return;
        }
        await next(context);
    }

    private static bool IsUnsafe(string method) =>
        !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method));

    private static bool FromAnotherSite(HttpRequest request)
    {
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        if (fetchSite.Length > 0)
        {
            return fetchSite is not ("same-origin" or "none");
        }
        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0 && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
    }
}
