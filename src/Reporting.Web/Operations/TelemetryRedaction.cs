namespace Reporting.Web.Operations;

/// <summary>
/// What of a URL may go into a span: an embed token is the path segment after /embed, and a webhook's
/// secret is often its path (Slack's, Teams'), so both are replaced; query values are already redacted
/// by the instrumentation.
/// </summary>
public static class TelemetryRedaction
{
    public const string Hidden = "{redacted}";

    /// <summary>"/embed/eyJ…/api/dashboards/x" → "/embed/{redacted}/api/dashboards/x"; other paths as they are.</summary>
    public static string Path(PathString path)
    {
        var text = path.Value ?? "";
        if (!path.StartsWithSegments("/embed", out var rest) || rest.Value is not { Length: > 1 } after)
        {
            return text;
        }
        var end = after.IndexOf('/', 1);
        return "/embed/" + Hidden + (end < 0 ? "" : after[end..]);
    }

    /// <summary>An outgoing request's scheme, host and port only.</summary>
    public static string? Url(Uri? uri) => uri is null ? null : $"{uri.Scheme}://{uri.Authority}/{Hidden}";
}
