using System.ComponentModel.DataAnnotations;

namespace Reporting.Web.Storage;

/// <summary>Where the database lives and whether an empty one gets demo data (section "Reporting").</summary>
public sealed class StorageOptions
{
    public const string Section = "Reporting";

    /// <summary>Path of the DuckDB file, relative to the content root unless absolute.</summary>
    [Required]
    public string Database { get; set; } = "data/reporting.duckdb";

    /// <summary>Create and seed the database with demo data when the file does not exist yet.</summary>
    public bool SeedOnFirstRun { get; set; } = true;

    [Range(1, 100_000)]
    public int SeedAccounts { get; set; } = 200;

    [Range(1, 120)]
    public int SeedMonths { get; set; } = 18;
}
