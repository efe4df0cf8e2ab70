using Microsoft.Extensions.Options;

namespace Reporting.Web.Embed;

/// <summary>
/// The headers of every /embed response: a Content-Security-Policy that lets only the server itself
/// and Reporting:Embed:AllowedOrigins frame it and lets the page load nothing from elsewhere; nosniff;
/// no referrer (the URL carries the token); no caching by shared caches. The origins are checked at
/// start-up, so a bad entry cannot smuggle a directive into the policy.
/// </summary>
public sealed class EmbedHeaders
{
    public EmbedHeaders(IOptions<EmbedOptions> options)
    {
        var origins = options.Value.AllowedOrigins.Select((o, i) => Origin(o, $"{EmbedOptions.Section}:AllowedOrigins:{i}")).Distinct(StringComparer.Ordinal);
        FrameAncestors = string.Join(' ', new[] { "'self'" }.Concat(origins));
        ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
            + $"font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors {FrameAncestors}";
    }

    public string FrameAncestors { get; }

    public string ContentSecurityPolicy { get; }

    /// <summary>Written when the response starts, so a refusal or an error (the exception handler clears headers) carries them too.</summary>
    public Task Apply(HttpContext context, Func<Task> next)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.CacheControl = "private, no-store";
            return Task.CompletedTask;
        });
        return next();
    }

    /// <summary>"https://portal.example.com[:port]", as a browser names an origin; throws naming the setting when the text is none.</summary>
    public static string Origin(string text, string setting) =>
        TryOrigin(text) ?? throw new InvalidOperationException(NotAnOrigin(setting, text));

    /// <summary>The origin the text names, or null when it is not an origin with nothing after it.</summary>
    public static string? TryOrigin(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            && uri.AbsolutePath == "/" && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0
            ? uri.GetLeftPart(UriPartial.Authority)
            : null;

    public static string NotAnOrigin(string setting, string text) => $"{setting}: '{text}' is not an origin (scheme://host[:port], nothing after)";
}
