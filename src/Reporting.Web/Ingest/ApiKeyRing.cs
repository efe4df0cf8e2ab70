using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Reporting.Web.Ingest;

/// <summary>
/// Every configured API key with its name and scopes: the named keys of Reporting:Auth:ApiKeys and
/// the bare keys of Reporting:ApiKeys (named api-key-1, api-key-2, … with <see cref="ApiKeyScopes.OfBareKey"/>).
/// The named keys are checked at start-up by <see cref="ApiKeyOptionsValidation"/>.
/// </summary>
public sealed class ApiKeyRing
{
    private readonly IReadOnlyList<(string Name, byte[] Key, IReadOnlyList<string> Scopes)> keys;

    public ApiKeyRing(IOptions<IngestOptions> bare, IOptions<ApiKeyOptions> named)
    {
        var list = bare.Value.ApiKeys.Where(k => k.Length > 0)
            .Select((key, i) => ($"api-key-{i + 1}", Encoding.UTF8.GetBytes(key), ApiKeyScopes.OfBareKey)).ToList();
        foreach (var setting in named.Value.ApiKeys)
        {
            list.Add((setting.Name.Trim(), Encoding.UTF8.GetBytes(setting.Key), setting.Scopes.Distinct().ToList()));
        }
        keys = list;
    }

    /// <summary>The key's name and scopes, or null when <paramref name="presented"/> is no configured key (compared in constant time).</summary>
    public (string Name, IReadOnlyList<string> Scopes)? Find(string presented)
    {
        var bytes = Encoding.UTF8.GetBytes(presented);
        (string, IReadOnlyList<string>)? found = null;
        foreach (var (name, key, scopes) in keys)
        {
            // Every key is compared, so the time taken does not tell which one nearly matched.
            if (CryptographicOperations.FixedTimeEquals(key, bytes) && found is null)
            {
                found = (name, scopes);
            }
        }
        return found;
    }
}
