using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Reporting.Web.Embed;

/// <summary>
/// What identifies a token for rate limiting: its signature's bytes, as decoded, so that spellings of
/// one token a verifier accepts alike (base64url with or without '=' padding) share one bucket. A
/// token whose signature does not decode has no identity; its requests count against the client.
/// </summary>
public static class EmbedTokenIdentity
{
    public static string? Of(string? token)
    {
        var parts = token?.Split('.');
        if (parts is not [_, _, { Length: > 0 } signature])
        {
            return null;
        }
        try
        {
            var bytes = Base64UrlEncoder.DecodeBytes(signature.TrimEnd('='));
            return bytes.Length == 0 ? null : Convert.ToHexString(SHA256.HashData(bytes));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
