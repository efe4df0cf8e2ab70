using DuckDB.NET.Native;

namespace Reporting.DuckDb;

/// <summary>Facts about the DuckDB engine that DuckDB.NET ships with its bindings.</summary>
public static class DuckDbEngine
{
    private static readonly Lazy<string> LoadedVersion = new(NativeMethods.Startup.DuckDBLibraryVersion);

    /// <summary>The version string of the loaded libduckdb, e.g. "v1.5.6".</summary>
    public static string Version => LoadedVersion.Value;
}
