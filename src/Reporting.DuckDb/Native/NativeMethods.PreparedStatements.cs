using System.Runtime.InteropServices;

namespace Reporting.DuckDb.Native;

internal static partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_prepare", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbState duckdb_prepare(ConnectionHandle connection, string query, out PreparedStatementHandle statement);

    /// <summary>DuckDB-owned text; never freed by us.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_prepare_error")]
    internal static partial IntPtr duckdb_prepare_error(PreparedStatementHandle statement);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_prepare")]
    internal static partial void duckdb_destroy_prepare(ref IntPtr statement);

    [LibraryImport(Library, EntryPoint = "duckdb_nparams")]
    internal static partial ulong duckdb_nparams(PreparedStatementHandle statement);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_parameter_index", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial DuckDbState duckdb_bind_parameter_index(PreparedStatementHandle statement, out ulong index, string name);

    [LibraryImport(Library, EntryPoint = "duckdb_clear_bindings")]
    internal static partial DuckDbState duckdb_clear_bindings(PreparedStatementHandle statement);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_null")]
    internal static partial DuckDbState duckdb_bind_null(PreparedStatementHandle statement, ulong index);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_boolean")]
    internal static partial DuckDbState duckdb_bind_boolean(PreparedStatementHandle statement, ulong index, [MarshalAs(UnmanagedType.U1)] bool value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_int32")]
    internal static partial DuckDbState duckdb_bind_int32(PreparedStatementHandle statement, ulong index, int value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_int64")]
    internal static partial DuckDbState duckdb_bind_int64(PreparedStatementHandle statement, ulong index, long value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_hugeint")]
    internal static partial DuckDbState duckdb_bind_hugeint(PreparedStatementHandle statement, ulong index, NativeHugeInt value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_double")]
    internal static partial DuckDbState duckdb_bind_double(PreparedStatementHandle statement, ulong index, double value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_decimal")]
    internal static partial DuckDbState duckdb_bind_decimal(PreparedStatementHandle statement, ulong index, NativeDecimal value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_varchar_length")]
    internal static unsafe partial DuckDbState duckdb_bind_varchar_length(PreparedStatementHandle statement, ulong index, byte* value, ulong length);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_blob")]
    internal static unsafe partial DuckDbState duckdb_bind_blob(PreparedStatementHandle statement, ulong index, byte* data, ulong length);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_date")]
    internal static partial DuckDbState duckdb_bind_date(PreparedStatementHandle statement, ulong index, NativeDate value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_time")]
    internal static partial DuckDbState duckdb_bind_time(PreparedStatementHandle statement, ulong index, NativeTime value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_timestamp")]
    internal static partial DuckDbState duckdb_bind_timestamp(PreparedStatementHandle statement, ulong index, NativeTimestamp value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_timestamp_tz")]
    internal static partial DuckDbState duckdb_bind_timestamp_tz(PreparedStatementHandle statement, ulong index, NativeTimestamp value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_interval")]
    internal static partial DuckDbState duckdb_bind_interval(PreparedStatementHandle statement, ulong index, NativeInterval value);

    [LibraryImport(Library, EntryPoint = "duckdb_bind_value")]
    internal static partial DuckDbState duckdb_bind_value(PreparedStatementHandle statement, ulong index, ValueHandle value);

    [LibraryImport(Library, EntryPoint = "duckdb_execute_prepared")]
    internal static unsafe partial DuckDbState duckdb_execute_prepared(PreparedStatementHandle statement, NativeResult* result);
}
