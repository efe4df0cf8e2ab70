namespace Reporting.Web.Security;

/// <summary>
/// The headers of every response outside /embed (which has its own, see EmbedHeaders): a
/// Content-Security-Policy that runs only the site's own scripts and styles and lets no page be
/// framed, nosniff, and a same-origin referrer policy. Written when the response starts, so an error
/// answered by the exception handler (which clears headers) carries them too; a response that set its
/// own policy (the EBR page) keeps it.
/// </summary>
public static class SiteHeaders
{
    public const string ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static Task Apply(HttpContext context, Func<Task> next)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            if (!headers.ContainsKey("Content-Security-Policy"))
            {
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
            }
            headers.XFrameOptions = "DENY";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        return next();
    }
}
