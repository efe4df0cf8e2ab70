using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace Reporting.Web.Embed;

/// <summary>
/// JSON as the embed surfaces read it: a name given twice is refused (a reader that kept the first and
/// one that kept the last would see two different grants), and so is anything nested past a small depth.
/// </summary>
public static class StrictJson
{
    public static readonly JsonDocumentOptions Options = new() { AllowDuplicateProperties = false, MaxDepth = 16 };

    /// <summary>A token part (base64url JSON); a refusal (401) naming the part when it does not parse.</summary>
    public static JsonDocument Part(string encoded, string part)
    {
        try
        {
            return JsonDocument.Parse(Base64UrlEncoder.DecodeBytes(encoded), Options);
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentException)
        {
            throw EmbedRefusal.Unauthorized($"the token's {part} is not one JSON object with each name once", part);
        }
    }
}
