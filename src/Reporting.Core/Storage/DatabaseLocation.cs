using Reporting.ClickHouse;

namespace Reporting.Core.Storage;

/// <summary>
/// Where the module keeps its data, as one setting (--db, Reporting:Database) says: a DuckDB file
/// path, chdb:DIR (embedded ClickHouse with its data in DIR), or clickhouse://user:pw@host:8123/db
/// [?cluster=NAME] (a ClickHouse server or cluster). On ClickHouse a local DuckDB file still holds
/// what is not facts (users, audit, subscriptions) and stages every load before it is published.
/// </summary>
public abstract partial record DatabaseLocation
{
    public const string EmbeddedPrefix = "chdb:";

    /// <summary>The local DuckDB file: the database itself, or beside ClickHouse its staging and app state.</summary>
    public abstract string LocalPath { get; }

    /// <summary>
    /// Reads <paramref name="text"/>; a relative path resolves against <paramref name="root"/>.
    /// <paramref name="localForServer"/> is the local DuckDB file kept beside a ClickHouse server.
    /// </summary>
    /// <exception cref="DatabaseLocationException">names <paramref name="setting"/> and what is wrong.</exception>
    public static DatabaseLocation Parse(string text, string setting, string root, string localForServer)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DatabaseLocationException(setting, "is empty: give a DuckDB file, chdb:DIR or clickhouse://host:8123/database");
        }
        if (text.StartsWith(EmbeddedPrefix, StringComparison.Ordinal))
        {
            return Embedded(text[EmbeddedPrefix.Length..], setting, root);
        }
        if (text.StartsWith(ClickHouseServerAddress.Scheme + ":", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith(ClickHouseServerAddress.SecureScheme + ":", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return new ClickHouseServer(ClickHouseServerAddress.Parse(text), Path.GetFullPath(localForServer, root));
            }
            catch (FormatException wrong)
            {
                throw new DatabaseLocationException(setting, wrong.Message);
            }
        }
        return new DuckDbFile(Path.GetFullPath(text, root));
    }

    /// <summary>DIR or DIR?database=NAME (several databases share one process's engine, as tests do).</summary>
    private static EmbeddedClickHouse Embedded(string text, string setting, string root)
    {
        var (folder, query) = text.IndexOf('?', StringComparison.Ordinal) is var mark and >= 0 ? (text[..mark], text[(mark + 1)..]) : (text, "");
        if (folder.Length == 0)
        {
            throw new DatabaseLocationException(setting, "names no folder: write chdb:DIR, e.g. chdb:data/clickhouse");
        }
        var options = System.Web.HttpUtility.ParseQueryString(query);
        if (options.AllKeys.FirstOrDefault(k => k != "database") is { } unknown)
        {
            throw new DatabaseLocationException(setting, $"has an unknown option '{unknown}': the one option of chdb:DIR is ?database=NAME");
        }
        var database = options["database"] ?? ClickHouseWarehouse.EmbeddedDatabase;
        return DatabaseName().IsMatch(database)
            ? new EmbeddedClickHouse(Path.GetFullPath(folder, root), database)
            : throw new DatabaseLocationException(setting, "names a database that is not a plain name (letters, digits, _; at most 64)");
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]{0,63}$")]
    private static partial System.Text.RegularExpressions.Regex DatabaseName();
}

/// <summary>The default: one DuckDB file holds everything.</summary>
public sealed record DuckDbFile(string Path) : DatabaseLocation
{
    public override string LocalPath => Path;

    public override string ToString() => Path;
}

/// <summary>
/// chdb:DIR: ClickHouse in process with its data in DIR/clickhouse (database "reporting" unless
/// ?database=NAME), and the local DuckDB file DIR/NAME.duckdb.
/// </summary>
public sealed record EmbeddedClickHouse(string Folder, string Database) : DatabaseLocation
{
    public override string LocalPath => System.IO.Path.Combine(Folder, Database + ".duckdb");

    public string EngineFolder => System.IO.Path.Combine(Folder, "clickhouse");

    public override string ToString() =>
        EmbeddedPrefix + Folder + (Database == ClickHouseWarehouse.EmbeddedDatabase ? "" : "?database=" + Database);
}

/// <summary>A ClickHouse server or cluster; the local DuckDB file is where Reporting:LocalDatabase says.</summary>
public sealed record ClickHouseServer(ClickHouseServerAddress Address, string Local) : DatabaseLocation
{
    public override string LocalPath => Local;

    public override string ToString() => Address.ToString();
}

/// <summary>A database setting that names no usable database.</summary>
public sealed class DatabaseLocationException(string setting, string problem) : Exception($"{setting} {problem}.")
{
    public string Setting { get; } = setting;
}
