namespace Reporting.Web.SignIn.Oidc;

/// <summary>
/// Sign-in through the organisation's OpenID provider (section "Reporting:Auth:Oidc"). Off unless
/// <see cref="Authority"/> is set; then people sign in there and are matched to the team by e-mail.
/// </summary>
public sealed class OidcOptions
{
    public const string Section = "Reporting:Auth:Oidc";

    /// <summary>The provider's issuer URL (its discovery document is Authority/.well-known/openid-configuration).</summary>
    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>Optional: a public client signs in with PKCE alone. No default in code.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The scopes asked for (unset: openid profile email); "openid" is always asked for.</summary>
    /// <remarks>No default in the property itself: configuration binding appends to an array it finds.</remarks>
    public string[]? Scopes { get; set; }

    /// <summary>The claim holding the e-mail that names a team member.</summary>
    public string EmailClaim { get; set; } = "email";

    /// <summary>The claim holding the provider's groups (one value per group).</summary>
    public string GroupsClaim { get; set; } = "groups";

    /// <summary>Role name (admin, leader, csm, viewer) → the provider's groups that grant it.</summary>
    public Dictionary<string, string[]> RoleGroups { get; set; } = [];

    public IEnumerable<string> AskedScopes =>
        (Scopes is { Length: > 0 } scopes ? scopes : ["profile", "email"]).Prepend("openid").Distinct(StringComparer.Ordinal);

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Authority);

    /// <summary>Whether a configuration turns OIDC sign-in on (read before the options exist).</summary>
    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration.GetSection(Section)[nameof(Authority)]);
}
