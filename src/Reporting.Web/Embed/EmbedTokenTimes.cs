using System.Text.Json;

namespace Reporting.Web.Embed;

/// <summary>
/// A token's registered times (exp, iat, nbf): whole seconds since 1970 as a JSON number, from 1970
/// to the end of 9999 (what a date can hold). A string, a fraction or a number out of that range is
/// a refusal naming the claim, never an overflow.
/// </summary>
public static class EmbedTokenTimes
{
    private static readonly long Latest = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    public static DateTimeOffset? Read(JsonElement payload, string claim)
    {
        if (payload.ValueKind != JsonValueKind.Object || !payload.TryGetProperty(claim, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var seconds))
        {
            throw EmbedRefusal.Unauthorized($"'{claim}' must be a whole number of seconds since 1970-01-01", claim);
        }
        if (seconds < 0 || seconds > Latest)
        {
            throw EmbedRefusal.Unauthorized($"'{claim}' is {seconds}, outside 1970-01-01..9999-12-31", claim);
        }
        return DateTimeOffset.FromUnixTimeSeconds(seconds);
    }
}
