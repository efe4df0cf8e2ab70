using System.Text.RegularExpressions;
using System.Web;

namespace Reporting.ClickHouse.Chdb;

/// <summary>
/// A request of ClickHouse's HTTP interface, as ClickHouse.Driver sends it: the statement in the
/// body (or in the query string, the body then holding an INSERT's data), param_NAME values, the
/// database and output format, and any other query-string key as a setting.
/// </summary>
public sealed partial record ChdbRequest(string Sql, string Format, IReadOnlyList<KeyValuePair<string, string>> Parameters, ChdbContext Context, string? InsertFormat)
{
    private static readonly HashSet<string> ProtocolKeys = new(StringComparer.Ordinal)
    {
        "query", "database", "default_format", "query_id", "session_id", "session_timeout", "session_check",
        "user", "password", "compress", "decompress", "enable_http_compression", "wait_end_of_query", "buffer_size",
    };

    /// <summary>The request's parts; <paramref name="body"/> is its whole body as text when it holds the statement.</summary>
    public static ChdbRequest Parse(string queryString, Func<string> body)
    {
        var values = HttpUtility.ParseQueryString(queryString);
        var parameters = new List<KeyValuePair<string, string>>();
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in values.AllKeys.OfType<string>())
        {
            var value = values[key] ?? "";
            if (key.StartsWith("param_", StringComparison.Ordinal))
            {
                parameters.Add(new(key["param_".Length..], value));
            }
            else if (!ProtocolKeys.Contains(key))
            {
                settings[SettingName().IsMatch(key) ? key : throw new ChdbRequestException($"'{key}' is not a setting name.")] = value;
            }
        }
        var inUrl = values["query"];
        var sql = inUrl ?? body();
        var insert = inUrl is not null ? TrailingFormat().Match(sql) : Match.Empty;
        return new ChdbRequest(
            insert.Success ? sql[..insert.Index] : sql,
            values["default_format"] is { Length: > 0 } format ? format : "TabSeparated",
            parameters,
            new ChdbContext(values["database"] is { Length: > 0 } database ? database : "default", settings),
            insert.Success ? insert.Groups["format"].Value : null);
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_.]*$")]
    private static partial Regex SettingName();

    [GeneratedRegex(@"\s+FORMAT\s+(?<format>[A-Za-z0-9_]+)\s*;?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingFormat();
}

/// <summary>A request the HTTP interface cannot take; answered 400.</summary>
public sealed class ChdbRequestException(string message) : Exception(message);
