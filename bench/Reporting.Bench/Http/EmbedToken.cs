using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Reporting.Web.Embed;

namespace Reporting.Bench.Http;

/// <summary>
/// The embed key the benchmark's server is started with (a new secret each run) and tokens signed
/// with it, as a portal's server would sign them.
/// </summary>
public static class EmbedToken
{
    public const string KeyId = "bench";

    public static string Secret { get; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));

    /// <summary>The server's settings for it; the rate limit is lifted, since the benchmark is one viewer asking as fast as it can.</summary>
    public static IReadOnlyDictionary<string, string> ServerSettings { get; } = new Dictionary<string, string>
    {
        ["Reporting__Embed__Keys__0__Id"] = KeyId,
        ["Reporting__Embed__Keys__0__Secret"] = Secret,
        ["Reporting__Embed__RequestsPerSecond"] = "1000000000",
        ["Reporting__Embed__Burst"] = "1000000000",
    };

    public static string For(EmbedResource resource, IReadOnlyDictionary<string, IReadOnlyList<string>> locked)
    {
        var now = DateTimeOffset.UtcNow;
        var grant = new EmbedGrant(resource, locked, new HashSet<string>()) { IssuedAt = now, Expires = now.AddHours(11) };
        var key = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Secret)) { KeyId = KeyId };
        return new JsonWebTokenHandler().CreateToken(EmbedGrantClaims.Write(grant), new SigningCredentials(key, SecurityAlgorithms.HmacSha256));
    }
}
