using System.Runtime.InteropServices;

namespace Reporting.DuckDb.Native;

internal static partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_appender_create", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbState duckdb_appender_create(ConnectionHandle connection, string? schema, string table, out AppenderHandle appender);

    /// <summary>The last error with its class; caller-owned (destroyed by the handle).</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_appender_error_data")]
    internal static partial ErrorDataHandle duckdb_appender_error_data(AppenderHandle appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_column_count")]
    internal static partial ulong duckdb_appender_column_count(AppenderHandle appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_flush")]
    internal static partial DuckDbState duckdb_appender_flush(AppenderHandle appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_close")]
    internal static partial DuckDbState duckdb_appender_close(AppenderHandle appender);

    /// <summary>Flushes, closes and frees; used only by the handle's release.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_appender_destroy")]
    internal static partial DuckDbState duckdb_appender_destroy(ref IntPtr appender);

    [LibraryImport(Library, EntryPoint = "duckdb_appender_end_row")]
    internal static partial DuckDbState duckdb_appender_end_row(AppenderHandle appender);

    [LibraryImport(Library, EntryPoint = "duckdb_append_null")]
    internal static partial DuckDbState duckdb_append_null(AppenderHandle appender);

    [LibraryImport(Library, EntryPoint = "duckdb_append_bool")]
    internal static partial DuckDbState duckdb_append_bool(AppenderHandle appender, [MarshalAs(UnmanagedType.U1)] bool value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_int32")]
    internal static partial DuckDbState duckdb_append_int32(AppenderHandle appender, int value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_int64")]
    internal static partial DuckDbState duckdb_append_int64(AppenderHandle appender, long value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_uint64")]
    internal static partial DuckDbState duckdb_append_uint64(AppenderHandle appender, ulong value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_double")]
    internal static partial DuckDbState duckdb_append_double(AppenderHandle appender, double value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_varchar_length")]
    internal static unsafe partial DuckDbState duckdb_append_varchar_length(AppenderHandle appender, byte* value, ulong length);

    [LibraryImport(Library, EntryPoint = "duckdb_append_blob")]
    internal static unsafe partial DuckDbState duckdb_append_blob(AppenderHandle appender, byte* data, ulong length);

    [LibraryImport(Library, EntryPoint = "duckdb_append_date")]
    internal static partial DuckDbState duckdb_append_date(AppenderHandle appender, NativeDate value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_time")]
    internal static partial DuckDbState duckdb_append_time(AppenderHandle appender, NativeTime value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_timestamp")]
    internal static partial DuckDbState duckdb_append_timestamp(AppenderHandle appender, NativeTimestamp value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_interval")]
    internal static partial DuckDbState duckdb_append_interval(AppenderHandle appender, NativeInterval value);

    [LibraryImport(Library, EntryPoint = "duckdb_append_hugeint")]
    internal static partial DuckDbState duckdb_append_hugeint(AppenderHandle appender, NativeHugeInt value);
}
