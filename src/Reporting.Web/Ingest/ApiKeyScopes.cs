namespace Reporting.Web.Ingest;

/// <summary>What an API key may do: load data, mint embed tokens, read the read APIs.</summary>
public static class ApiKeyScopes
{
    public const string Ingest = "ingest";
    public const string EmbedMint = "embed:mint";
    public const string Read = "read";

    /// <summary>The claim each of a key's scopes travels in.</summary>
    public const string Claim = "reporting:api_scope";

    public static readonly IReadOnlyList<string> All = [Ingest, EmbedMint, Read];

    /// <summary>
    /// What a key of Reporting:ApiKeys (a bare key, without scopes) may do: what it could before keys had
    /// scopes, load data and mint embed tokens. Reading took no key then; a key that reads says so.
    /// </summary>
    public static readonly IReadOnlyList<string> OfBareKey = [Ingest, EmbedMint];
}
