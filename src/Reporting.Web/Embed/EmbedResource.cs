namespace Reporting.Web.Embed;

public enum EmbedResourceKind
{
    Dashboard,
    Chart,
    Ebr,
}

/// <summary>
/// What a token lets its viewer see: "dashboard:&lt;id&gt;", "chart:&lt;dashboard&gt;.&lt;chart&gt;"
/// (chart ids are unique within a dashboard only) or "ebr:&lt;account id&gt;" (the account's EBR pack).
/// </summary>
public sealed record EmbedResource(EmbedResourceKind Kind, string Id, string? Chart = null)
{
    public static EmbedResource? TryParse(string? text)
    {
        var colon = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (colon <= 0 || colon == text!.Length - 1)
        {
            return null;
        }
        var name = text[(colon + 1)..];
        switch (text[..colon])
        {
            case "dashboard":
                return new EmbedResource(EmbedResourceKind.Dashboard, name);
            case "chart":
                var dot = name.IndexOf('.', StringComparison.Ordinal);
                return dot <= 0 || dot == name.Length - 1 ? null : new EmbedResource(EmbedResourceKind.Chart, name[..dot], name[(dot + 1)..]);
            case "ebr":
                return new EmbedResource(EmbedResourceKind.Ebr, name);
            default:
                return null;
        }
    }

    /// <summary>Whether this resource covers a chart of a dashboard: the chart itself, or its whole dashboard.</summary>
    public bool Covers(string dashboard, string chart) => Kind switch
    {
        EmbedResourceKind.Dashboard => Id == dashboard,
        EmbedResourceKind.Chart => Id == dashboard && Chart == chart,
        _ => false,
    };

    public override string ToString() => Kind switch
    {
        EmbedResourceKind.Dashboard => $"dashboard:{Id}",
        EmbedResourceKind.Chart => $"chart:{Id}.{Chart}",
        _ => $"ebr:{Id}",
    };
}
