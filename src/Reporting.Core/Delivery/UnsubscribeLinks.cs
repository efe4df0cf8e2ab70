using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Reporting.Core.Delivery;

/// <summary>
/// Signed one-click unsubscribe links: the token carries the subscription id and the recipient's
/// e-mail, and an HMAC-SHA256 of both, so nobody can unsubscribe another address or forge one.
/// The key is a configured secret (Reporting:Delivery:UnsubscribeSecret) or, without one, a random
/// key kept in the database, which the server and the command line share.
/// </summary>
public sealed class UnsubscribeLinks(byte[] key)
{
    /// <summary>The links of <paramref name="secret"/> when it is set, else of the database's own key.</summary>
    public static UnsubscribeLinks For(SubscriptionStore store, string? secret) => new(string.IsNullOrEmpty(secret)
        ? store.SigningKey()
        : SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary><paramref name="baseUrl"/>/unsubscribe?token=…</summary>
    public Uri Create(Uri baseUrl, long subscriptionId, string email) =>
        new(baseUrl, "unsubscribe?token=" + Token(subscriptionId, email));

    public string Token(long subscriptionId, string email)
    {
        var payload = Encoding.UTF8.GetBytes(subscriptionId.ToString(CultureInfo.InvariantCulture) + "\n" + email.Trim().ToLowerInvariant());
        return Base64Url(payload) + "." + Base64Url(HMACSHA256.HashData(key, payload));
    }

    /// <summary>The subscription and e-mail the token was made for, or null when it is malformed or its signature is wrong.</summary>
    public (long SubscriptionId, string Email)? TryRead(string? token)
    {
        var parts = token?.Split('.') ?? [];
        if (parts.Length != 2 || !TryDecode(parts[0], out var payload) || !TryDecode(parts[1], out var signature)
            || !CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(key, payload)))
        {
            return null;
        }
        var text = Encoding.UTF8.GetString(payload);
        var separator = text.IndexOf('\n', StringComparison.Ordinal);
        return separator > 0 && long.TryParse(text[..separator], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? (id, text[(separator + 1)..])
            : null;
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static bool TryDecode(string text, out byte[] bytes)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - (padded.Length % 4)) % 4);
        bytes = new byte[padded.Length];
        var ok = Convert.TryFromBase64String(padded, bytes, out var written);
        bytes = bytes[..written];
        return ok;
    }
}
