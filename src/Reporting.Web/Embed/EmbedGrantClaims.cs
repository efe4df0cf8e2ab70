using System.Text.Json;
using System.Text.Json.Nodes;

namespace Reporting.Web.Embed;

/// <summary>
/// A grant as the token's payload carries it (README, "Embedding"): resource, filters (field → value
/// or list of values), editable (field names), theme, bordered, titled, and the registered iat, nbf
/// and exp in seconds since 1970.
/// </summary>
public static class EmbedGrantClaims
{
    /// <summary>The grant a payload (or a mint request, which has the same shape) describes; throws <see cref="EmbedClaimException"/> naming a claim that does not parse.</summary>
    public static EmbedGrant Read(JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object)
        {
            throw new EmbedClaimException(EmbedClaims.Resource, "the claims must be a JSON object");
        }
        var resource = EmbedResource.TryParse(String(payload, EmbedClaims.Resource))
            ?? throw Bad(EmbedClaims.Resource, "must be dashboard:<id>, chart:<dashboard>.<chart> or ebr:<account>");
        var theme = String(payload, EmbedClaims.Theme);
        if (theme is not (null or "light" or "dark"))
        {
            throw Bad(EmbedClaims.Theme, "must be light or dark");
        }
        return new EmbedGrant(resource, Filters(payload), Editable(payload))
        {
            Theme = theme,
            Bordered = Flag(payload, EmbedClaims.Bordered) ?? false,
            Titled = Flag(payload, EmbedClaims.Titled) ?? true,
        };
    }

    /// <summary>The payload of a grant, times included.</summary>
    public static string Write(EmbedGrant grant)
    {
        var filters = new JsonObject();
        foreach (var (field, values) in grant.Locked)
        {
            filters[field] = values.Count == 1 ? JsonValue.Create(values[0]) : new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
        }
        var payload = new JsonObject
        {
            [EmbedClaims.Resource] = grant.Resource.ToString(),
            [EmbedClaims.Filters] = filters,
            [EmbedClaims.Editable] = new JsonArray(grant.Editable.Order(StringComparer.Ordinal).Select(e => (JsonNode?)JsonValue.Create(e)).ToArray()),
            [EmbedClaims.Bordered] = grant.Bordered,
            [EmbedClaims.Titled] = grant.Titled,
            ["iat"] = grant.IssuedAt.ToUnixTimeSeconds(),
            ["exp"] = grant.Expires.ToUnixTimeSeconds(),
        };
        if (grant.Theme is not null)
        {
            payload[EmbedClaims.Theme] = grant.Theme;
        }
        if (grant.NotBefore is { } notBefore)
        {
            payload["nbf"] = notBefore.ToUnixTimeSeconds();
        }
        return payload.ToJsonString();
    }

    private static Dictionary<string, IReadOnlyList<string>> Filters(JsonElement payload)
    {
        var filters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (!payload.TryGetProperty(EmbedClaims.Filters, out var claim) || claim.ValueKind == JsonValueKind.Null)
        {
            return filters;
        }
        if (claim.ValueKind != JsonValueKind.Object)
        {
            throw Bad(EmbedClaims.Filters, "must be an object of field → value or list of values");
        }
        foreach (var field in claim.EnumerateObject())
        {
            filters[field.Name] = Strings(field.Value, $"{EmbedClaims.Filters}.{field.Name}");
        }
        return filters;
    }

    private static HashSet<string> Editable(JsonElement payload) =>
        !payload.TryGetProperty(EmbedClaims.Editable, out var claim) || claim.ValueKind == JsonValueKind.Null
            || (claim.ValueKind == JsonValueKind.Array && claim.GetArrayLength() == 0)
            ? []
            : Strings(claim, EmbedClaims.Editable).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// One value or a list of them, none blank: a blank value (spaces, a tab, a no-break space) reads as
    /// "no filter" wherever a view is filtered, so a lock of one would show every account.
    /// </summary>
    private static List<string> Strings(JsonElement value, string claim) => value.ValueKind switch
    {
        JsonValueKind.String when EmbedLock.IsValue(value.GetString()) => [value.GetString()!],
        JsonValueKind.Array when value.GetArrayLength() > 0 && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String && EmbedLock.IsValue(v.GetString()))
            => value.EnumerateArray().Select(v => v.GetString()!).Distinct(StringComparer.Ordinal).ToList(),
        _ => throw Bad(claim, "must be a value or a non-empty list of values, none of them blank"),
    };

    private static string? String(JsonElement payload, string claim) =>
        !payload.TryGetProperty(claim, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString() : throw Bad(claim, "must be a string");

    private static bool? Flag(JsonElement payload, string claim) =>
        !payload.TryGetProperty(claim, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : throw Bad(claim, "must be true or false");

    private static EmbedClaimException Bad(string claim, string problem) => new(claim, $"'{claim}' {problem}");
}

/// <summary>A claim of an embed grant that cannot be used, by name.</summary>
public sealed class EmbedClaimException(string claim, string message) : Exception(message)
{
    public string Claim { get; } = claim;
}
