using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Data;

namespace Reporting.DuckDb;

/// <summary>How a database is opened. Unset values keep DuckDB's own defaults.</summary>
public sealed record DuckDbDatabaseOptions
{
    public const string InMemoryPath = ":memory:";

    /// <summary>A file path, or <see cref="InMemoryPath"/>.</summary>
    public string Path { get; init; } = InMemoryPath;

    public int? Threads { get; init; }

    /// <summary>DuckDB's memory_limit, e.g. "2GB".</summary>
    public string? MemoryLimit { get; init; }

    public bool ReadOnly { get; init; }

    public bool IsInMemory => Path is InMemoryPath or "";

    /// <summary>Reads "Data Source=...;Threads=4;Memory Limit=1GB;Read Only=true".</summary>
    public static DuckDbDatabaseOptions FromConnectionString(string connectionString)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var options = new DuckDbDatabaseOptions();
        foreach (string key in builder.Keys)
        {
            var value = Convert.ToString(builder[key], CultureInfo.InvariantCulture) ?? "";
            options = key.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant() switch
            {
                "datasource" or "database" => options with { Path = value },
                "threads" => options with { Threads = int.Parse(value, CultureInfo.InvariantCulture) },
                "memorylimit" => options with { MemoryLimit = value },
                "readonly" => options with { ReadOnly = bool.Parse(value) },
                _ => throw new ArgumentException($"Unknown connection string keyword '{key}'. Known: Data Source, Threads, Memory Limit, Read Only.", nameof(connectionString)),
            };
        }
        return options;
    }

    /// <summary>DuckDB.NET's connection string for these options, on the file's absolute path.</summary>
    internal string ConnectionString(string? fullPath)
    {
        var builder = new DuckDBConnectionStringBuilder { DataSource = fullPath ?? InMemoryPath };
        if (Threads is { } threads)
        {
            builder.Threads = threads;
        }
        if (MemoryLimit is { } limit)
        {
            builder.MemoryLimit = limit;
        }
        if (ReadOnly)
        {
            builder.AccessMode = DuckDBAccessMode.ReadOnly;
        }
        return builder.ConnectionString;
    }
}
