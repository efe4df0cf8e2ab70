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
    public static readonly string ContentSecurityPolicy = Policy();

    /// <summary>
    /// The site's policy; with a frame origin, that origin may also serve scripts and frames (the embed
    /// demo's portal frames embeds from one); with a form origin, a form may also lead there (a sign-out
    /// form that ends at the identity provider: browsers check form-action on every redirect).
    /// </summary>
    public static string Policy(string? frameOrigin = null, string? formOrigin = null)
    {
        var sources = frameOrigin is null ? "'self'" : $"'self' {frameOrigin}";
        var forms = formOrigin is null ? "'self'" : $"'self' {formOrigin}";
        return $"default-src 'self'; script-src {sources}; frame-src {sources}; style-src 'self'; img-src 'self' data:; "
            + $"connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action {forms}; frame-ancestors 'none'";
    }

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
