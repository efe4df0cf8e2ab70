using System.ComponentModel.DataAnnotations;

namespace Reporting.Documents.Storage;

/// <summary>Where the database lives and how much of the machine it may use (section "Reporting").</summary>
public sealed class StorageOptions
{
    public const string Section = "Reporting";

    /// <summary>
    /// The database: a DuckDB file (relative to the content root unless absolute), chdb:DIR (embedded
    /// ClickHouse) or clickhouse://user:password@host:8123/database[?cluster=NAME].
    /// </summary>
    [Required]
    public string Database { get; set; } = "data/reporting.duckdb";

    /// <summary>Beside a ClickHouse server: the local DuckDB file that stages loads and keeps users, audit and subscriptions.</summary>
    [Required]
    public string LocalDatabase { get; set; } = "data/local.duckdb";

    /// <summary>DuckDB's memory_limit ("2GB", "512MB"): beyond it, queries spill to disk or fail, the server does not grow.</summary>
    [RegularExpression(@"^[0-9]+(\.[0-9]+)?\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)$", ErrorMessage = "MemoryLimit must be a size such as 2GB or 512MB")]
    public string MemoryLimit { get; set; } = "2GB";

    /// <summary>DuckDB's worker threads, shared by all queries; 0 means one per processor.</summary>
    [Range(0, 256)]
    public int Threads { get; set; }
}
