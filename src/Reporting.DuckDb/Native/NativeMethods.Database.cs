using System.Runtime.InteropServices;

namespace Reporting.DuckDb.Native;

internal static partial class NativeMethods
{
    internal const string Library = "duckdb";

    // Runs before any P/Invoke in this class, so the resolver is in place for the first call.
    static NativeMethods() => NativeLibraryLoader.Register();

    [LibraryImport(Library, EntryPoint = "duckdb_library_version")]
    internal static partial IntPtr duckdb_library_version();

    [LibraryImport(Library, EntryPoint = "duckdb_create_config")]
    internal static partial DuckDbState duckdb_create_config(out ConfigHandle config);

    [LibraryImport(Library, EntryPoint = "duckdb_set_config", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbState duckdb_set_config(ConfigHandle config, string name, string option);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_config")]
    internal static partial void duckdb_destroy_config(ref IntPtr config);

    /// <summary>On failure <paramref name="error"/> is caller-owned and must be freed with duckdb_free.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_open_ext", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbState duckdb_open_ext(string? path, out DatabaseHandle database, ConfigHandle config, out IntPtr error);

    [LibraryImport(Library, EntryPoint = "duckdb_close")]
    internal static partial void duckdb_close(ref IntPtr database);

    [LibraryImport(Library, EntryPoint = "duckdb_connect")]
    internal static partial DuckDbState duckdb_connect(DatabaseHandle database, out ConnectionHandle connection);

    [LibraryImport(Library, EntryPoint = "duckdb_disconnect")]
    internal static partial void duckdb_disconnect(ref IntPtr connection);

    [LibraryImport(Library, EntryPoint = "duckdb_interrupt")]
    internal static partial void duckdb_interrupt(ConnectionHandle connection);

    /// <summary>Safe to call from another thread while the connection runs a query.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_query_progress")]
    internal static partial NativeQueryProgress duckdb_query_progress(ConnectionHandle connection);

    [LibraryImport(Library, EntryPoint = "duckdb_free")]
    internal static partial void duckdb_free(IntPtr pointer);
}
