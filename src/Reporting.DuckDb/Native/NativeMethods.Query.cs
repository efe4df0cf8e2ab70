using System.Runtime.InteropServices;

namespace Reporting.DuckDb.Native;

internal static partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_query", StringMarshalling = StringMarshalling.Utf8)]
    internal static unsafe partial DuckDbState duckdb_query(ConnectionHandle connection, string query, NativeResult* result);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_result")]
    internal static unsafe partial void duckdb_destroy_result(NativeResult* result);

    /// <summary>DuckDB-owned text, valid until the result is destroyed; never freed by us.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_result_error")]
    internal static unsafe partial IntPtr duckdb_result_error(NativeResult* result);

    [LibraryImport(Library, EntryPoint = "duckdb_result_error_type")]
    internal static unsafe partial DuckDbErrorType duckdb_result_error_type(NativeResult* result);

    [LibraryImport(Library, EntryPoint = "duckdb_column_count")]
    internal static unsafe partial ulong duckdb_column_count(NativeResult* result);

    /// <summary>DuckDB-owned text; never freed by us.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_column_name")]
    internal static unsafe partial IntPtr duckdb_column_name(NativeResult* result, ulong column);

    [LibraryImport(Library, EntryPoint = "duckdb_column_logical_type")]
    internal static unsafe partial LogicalTypeHandle duckdb_column_logical_type(NativeResult* result, ulong column);

    [LibraryImport(Library, EntryPoint = "duckdb_rows_changed")]
    internal static unsafe partial ulong duckdb_rows_changed(NativeResult* result);

    /// <summary>The next chunk of a materialised result, or null when there is none left.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_fetch_chunk")]
    internal static partial DataChunkHandle duckdb_fetch_chunk(NativeResult result);
}
