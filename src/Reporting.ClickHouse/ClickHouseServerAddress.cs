namespace Reporting.ClickHouse;

/// <summary>
/// A ClickHouse server or cluster as a URL: clickhouse://user:password@host:8123/database?cluster=NAME
/// (clickhouses:// for HTTPS). The password may be percent-encoded; the port defaults to 8123 (8443).
/// </summary>
public sealed record ClickHouseServerAddress(string Host, int Port, bool Secure, string User, string Password, string Database, string? Cluster)
{
    public const string Scheme = "clickhouse";
    public const string SecureScheme = "clickhouses";

    /// <summary>Reads <paramref name="url"/>; a <see cref="FormatException"/> says what is wrong with it, never the password.</summary>
    public static ClickHouseServerAddress Parse(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not (Scheme or SecureScheme) || uri.Host.Length == 0)
        {
            throw new FormatException("is not a ClickHouse address: write clickhouse://user:password@host:8123/database[?cluster=NAME]");
        }
        var secure = uri.Scheme == SecureScheme;
        var credentials = uri.UserInfo.Split(':', 2);
        var database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        if (database.Contains('/', StringComparison.Ordinal))
        {
            throw new FormatException("names a path, not one database: write clickhouse://host:8123/database");
        }
        var query = System.Web.HttpUtility.ParseQueryString(uri.Query);
        if (query.AllKeys.FirstOrDefault(k => k != "cluster") is { } unknown)
        {
            throw new FormatException($"has an unknown option '{unknown}': the one option is ?cluster=NAME");
        }
        return new ClickHouseServerAddress(
            uri.Host,
            uri.IsDefaultPort ? (secure ? 8443 : 8123) : uri.Port,
            secure,
            credentials[0].Length == 0 ? "default" : Uri.UnescapeDataString(credentials[0]),
            credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : "",
            database.Length == 0 ? "default" : database,
            query["cluster"] is { Length: > 0 } cluster ? cluster : null);
    }

    /// <summary>The address as shown in logs and errors: without the password.</summary>
    public override string ToString() =>
        $"{(Secure ? SecureScheme : Scheme)}://{User}@{Host}:{Port}/{Database}{(Cluster is null ? "" : "?cluster=" + Cluster)}";
}
