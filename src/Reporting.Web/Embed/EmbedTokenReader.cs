using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Reporting.Web.Embed;

/// <summary>
/// Verifies an embed token and reads its grant. Refuses (401), saying why: no token, not a JWT, any
/// algorithm but HS256 (so "none" too), a key id not configured, a bad signature, no expiry or
/// issued-at, expired, not valid yet, a lifetime over Reporting:Embed:MaxLifetime, or claims that do
/// not parse. Times are read from the server's clock, with a little skew allowed.
/// </summary>
public sealed class EmbedTokenReader(EmbedSigningKeys keys, IOptions<EmbedOptions> options, TimeProvider clock)
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    private readonly JsonWebTokenHandler handler = new() { MapInboundClaims = false };

    public async Task<EmbedGrant> ReadAsync(string? token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            throw EmbedRefusal.Unauthorized("no embed token: embeds are served at /embed/<token>");
        }
        var jwt = Parse(token);
        if (jwt.Alg != EmbedClaims.Algorithm)
        {
            throw EmbedRefusal.Unauthorized($"the token is signed with '{jwt.Alg}'; only {EmbedClaims.Algorithm} is accepted", "alg");
        }
        var key = keys.Find(jwt.Kid) ?? throw EmbedRefusal.Unauthorized(
            jwt.Kid is null ? "the token names no key id (kid)" : $"the key id '{jwt.Kid}' is not configured", "kid");
        var result = await handler.ValidateTokenAsync(token, Parameters(key));
        if (!result.IsValid)
        {
            throw EmbedRefusal.Unauthorized(result.Exception is SecurityTokenInvalidSignatureException
                ? "the signature does not verify" : "the token does not verify: " + result.Exception?.Message);
        }
        // Disposed: a JsonDocument rents its buffers from a pool; the grant copies every value out.
        using var payload = StrictJson.Part(jwt.EncodedPayload, "payload");
        StrictJson.Part(jwt.EncodedHeader, "header").Dispose();
        var times = Times(payload.RootElement);
        return Grant(payload.RootElement) with { IssuedAt = times.IssuedAt, Expires = times.Expires, NotBefore = times.NotBefore };
    }

    private JsonWebToken Parse(string token)
    {
        try
        {
            return handler.ReadJsonWebToken(token);
        }
        catch (Exception e) when (e is ArgumentException or SecurityTokenMalformedException)
        {
            throw EmbedRefusal.Unauthorized("the token is not a signed JWT (header.payload.signature)");
        }
    }

    private static TokenValidationParameters Parameters(SecurityKey key) => new()
    {
        IssuerSigningKey = key,
        ValidAlgorithms = [EmbedClaims.Algorithm],
        RequireSignedTokens = true,
        TryAllIssuerSigningKeys = false,
        ValidateIssuer = false,
        ValidateAudience = false,
        // Checked below against the server's clock, with messages of our own.
        ValidateLifetime = false,
        RequireExpirationTime = false,
    };

    private (DateTimeOffset IssuedAt, DateTimeOffset Expires, DateTimeOffset? NotBefore) Times(JsonElement payload)
    {
        var now = clock.GetUtcNow();
        var expires = EmbedTokenTimes.Read(payload, JwtRegisteredClaimNames.Exp) ?? throw EmbedRefusal.Unauthorized("the token has no expiry (exp)", "exp");
        var issued = EmbedTokenTimes.Read(payload, JwtRegisteredClaimNames.Iat) ?? throw EmbedRefusal.Unauthorized("the token has no issued-at time (iat)", "iat");
        var notBefore = EmbedTokenTimes.Read(payload, JwtRegisteredClaimNames.Nbf);
        if (issued > expires)
        {
            throw EmbedRefusal.Unauthorized($"the token was issued ({Text(issued)}) after it expires ({Text(expires)})", "iat");
        }
        if (now >= expires + ClockSkew)
        {
            throw EmbedRefusal.Unauthorized($"the token expired at {Text(expires)}", "exp");
        }
        if ((notBefore ?? issued) > now + ClockSkew)
        {
            throw EmbedRefusal.Unauthorized($"the token is not valid before {Text(notBefore ?? issued)}", notBefore is null ? "iat" : "nbf");
        }
        var maximum = options.Value.MaxLifetime;
        if (expires - issued > maximum)
        {
            throw EmbedRefusal.Unauthorized($"the token lives {expires - issued}, longer than the {maximum} Reporting:Embed:MaxLifetime allows", "exp");
        }
        return (issued, expires, notBefore);
    }

    private static EmbedGrant Grant(JsonElement payload)
    {
        try
        {
            return EmbedGrantClaims.Read(payload);
        }
        catch (EmbedClaimException e)
        {
            throw EmbedRefusal.Unauthorized("claim " + e.Message, e.Claim);
        }
    }

    private static string Text(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
