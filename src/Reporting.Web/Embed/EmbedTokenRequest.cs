using System.Text.Json;

namespace Reporting.Web.Embed;

/// <summary>
/// The body of POST /api/embed/token as the OpenAPI document shows it; the endpoint reads it with
/// <see cref="EmbedGrantClaims"/> (a filter is a value or a list of values, which a record cannot say).
/// </summary>
public sealed record EmbedTokenRequest(
    string Resource,
    IReadOnlyDictionary<string, JsonElement>? Filters,
    IReadOnlyList<string>? Editable,
    string? Theme,
    bool? Bordered,
    bool? Titled,
    int? ExpiresIn)
{
    /// <summary>The README's example.</summary>
    public const string Example = """
        {"resource": "dashboard:account", "filters": {"account_id": "ACC-0001"}, "editable": ["from", "to", "grain"], "expiresIn": 3600}
        """;
}
