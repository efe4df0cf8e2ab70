namespace Reporting.Web.Embed;

/// <summary>
/// What a verified token grants: one resource, the filters locked to fixed values, the filters the
/// viewer may change, and how the embed looks. Built from a token by <see cref="EmbedTokenReader"/>
/// and into one by <see cref="EmbedTokenIssuer"/>.
/// </summary>
public sealed record EmbedGrant(EmbedResource Resource, IReadOnlyDictionary<string, IReadOnlyList<string>> Locked, IReadOnlySet<string> Editable)
{
    /// <summary>"light" or "dark"; null follows the viewer's system setting.</summary>
    public string? Theme { get; init; }

    public bool Bordered { get; init; }

    public bool Titled { get; init; } = true;

    public DateTimeOffset IssuedAt { get; init; }

    public DateTimeOffset Expires { get; init; }

    public DateTimeOffset? NotBefore { get; init; }
}

/// <summary>The claim names of an embed token, as the README documents them for hosts that sign their own.</summary>
public static class EmbedClaims
{
    public const string Resource = "resource";
    public const string Filters = "filters";
    public const string Editable = "editable";
    public const string Theme = "theme";
    public const string Bordered = "bordered";
    public const string Titled = "titled";

    /// <summary>The only signing algorithm accepted.</summary>
    public const string Algorithm = "HS256";
}
