using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Reporting.Web.Embed;

/// <summary>
/// Mints embed tokens (POST /api/embed/token, the settings page, the demo host): checks the grant
/// against what the server has (<see cref="EmbedScope"/>) and the lifetime against
/// Reporting:Embed:MaxLifetime, then signs it with HS256 under the signing key's id.
/// </summary>
public sealed class EmbedTokenIssuer(EmbedSigningKeys keys, EmbedScope scope, IOptions<EmbedOptions> options, TimeProvider clock)
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(1);

    private readonly JsonWebTokenHandler handler = new();

    /// <summary>A signed token for the grant (its times are set here); throws <see cref="EmbedClaimException"/> naming what is wrong.</summary>
    public EmbedToken Issue(EmbedGrant grant, TimeSpan? lifetime = null)
    {
        var maximum = options.Value.MaxLifetime;
        var lives = lifetime ?? (DefaultLifetime < maximum ? DefaultLifetime : maximum);
        if (lives <= TimeSpan.Zero || lives > maximum)
        {
            throw new EmbedClaimException("expiresIn", $"'expiresIn' must be more than 0 and at most {maximum.TotalSeconds:0} seconds (Reporting:Embed:MaxLifetime)");
        }
        var now = DateTimeOffset.FromUnixTimeSeconds(clock.GetUtcNow().ToUnixTimeSeconds());
        if (scope.MintProblem(grant, DateOnly.FromDateTime(now.UtcDateTime)) is { } problem)
        {
            throw new EmbedClaimException(problem.Field, problem.Detail);
        }
        grant = grant with { IssuedAt = now, Expires = now + lives, NotBefore = null };
        var token = handler.CreateToken(EmbedGrantClaims.Write(grant), new SigningCredentials(keys.SigningKey, SecurityAlgorithms.HmacSha256));
        return new EmbedToken(token, grant.Expires);
    }
}

/// <summary>A minted token and when it expires.</summary>
public sealed record EmbedToken(string Token, DateTimeOffset ExpiresAt);
