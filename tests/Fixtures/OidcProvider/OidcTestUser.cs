using System.Text.Json.Serialization;

namespace Reporting.Tests.OidcProvider;

/// <summary>
/// A person the test provider knows: what is typed in its login page, and the claims it vouches for
/// (no <see cref="Email"/>: the provider sends no e-mail claim).
/// </summary>
public sealed record OidcTestUser(
    [property: JsonIgnore] string Login,
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("groups")] string[] Groups,
    [property: JsonPropertyName("email_verified")] bool EmailVerified = true);
