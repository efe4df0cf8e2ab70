using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Reporting.Web.Embed;

/// <summary>
/// The configured signing secrets as keys by id (checked at start-up by <see cref="EmbedOptionsValidation"/>).
/// Without any, which only Development allows, a key is made up here and a warning logged: its
/// tokens die with the process.
/// </summary>
public sealed class EmbedSigningKeys
{
    public const int MinimumSecretBytes = 32;

    private readonly Dictionary<string, SymmetricSecurityKey> keys = new(StringComparer.Ordinal);

    public EmbedSigningKeys(IOptions<EmbedOptions> options, ILogger<EmbedSigningKeys> logger)
    {
        var configured = options.Value.Keys;
        if (configured.Count == 0)
        {
            logger.LogWarning("No Reporting:Embed:Keys configured (Development): embed tokens are signed with a key made up at start-up and stop working when the server stops.");
            configured = [new EmbedKeyOptions { Id = "ephemeral", Secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(MinimumSecretBytes)) }];
        }
        foreach (var key in configured)
        {
            keys.Add(key.Id, new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key.Secret)) { KeyId = key.Id });
        }
        SigningKeyId = options.Value.SigningKeyId ?? configured[0].Id;
    }

    /// <summary>The id new tokens are signed under.</summary>
    public string SigningKeyId { get; }

    public SymmetricSecurityKey SigningKey => keys[SigningKeyId];

    public SymmetricSecurityKey? Find(string? id) => id is not null && keys.TryGetValue(id, out var key) ? key : null;
}
