using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Reporting.Web.Embed;

/// <summary>
/// The configured signing secrets as keys by id, checked at start-up: a key without an id, a short
/// secret or a duplicate id stops the server naming the key.
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
            logger.LogWarning("No Reporting:Embed:Keys configured: embed tokens are signed with a key made up at start-up and stop working when the server stops.");
            configured = [new EmbedKeyOptions { Id = "ephemeral", Secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(MinimumSecretBytes)) }];
        }
        for (var i = 0; i < configured.Count; i++)
        {
            Add(configured[i], $"{EmbedOptions.Section}:Keys:{i}");
        }
        SigningKeyId = options.Value.SigningKeyId ?? configured[0].Id;
        if (!keys.ContainsKey(SigningKeyId))
        {
            throw new InvalidOperationException($"{EmbedOptions.Section}:SigningKeyId: no key has the id '{SigningKeyId}'");
        }
    }

    /// <summary>The id new tokens are signed under.</summary>
    public string SigningKeyId { get; }

    public SymmetricSecurityKey SigningKey => keys[SigningKeyId];

    public SymmetricSecurityKey? Find(string? id) => id is not null && keys.TryGetValue(id, out var key) ? key : null;

    private void Add(EmbedKeyOptions key, string path)
    {
        if (string.IsNullOrWhiteSpace(key.Id))
        {
            throw new InvalidOperationException($"{path}:Id is required");
        }
        var secret = Encoding.UTF8.GetBytes(key.Secret);
        if (secret.Length < MinimumSecretBytes)
        {
            throw new InvalidOperationException($"{path}:Secret of key '{key.Id}' has {secret.Length} bytes; HS256 needs at least {MinimumSecretBytes}");
        }
        if (!keys.TryAdd(key.Id, new SymmetricSecurityKey(secret) { KeyId = key.Id }))
        {
            throw new InvalidOperationException($"{path}:Id '{key.Id}' is listed twice");
        }
    }
}
