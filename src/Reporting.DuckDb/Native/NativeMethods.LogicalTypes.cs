using System.Runtime.InteropServices;

namespace Reporting.DuckDb.Native;

internal static partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_create_logical_type")]
    internal static partial LogicalTypeHandle duckdb_create_logical_type(DuckDbType type);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_logical_type")]
    internal static partial void duckdb_destroy_logical_type(ref IntPtr type);

    [LibraryImport(Library, EntryPoint = "duckdb_get_type_id")]
    internal static partial DuckDbType duckdb_get_type_id(LogicalTypeHandle type);

    [LibraryImport(Library, EntryPoint = "duckdb_decimal_width")]
    internal static partial byte duckdb_decimal_width(LogicalTypeHandle type);

    [LibraryImport(Library, EntryPoint = "duckdb_decimal_scale")]
    internal static partial byte duckdb_decimal_scale(LogicalTypeHandle type);

    [LibraryImport(Library, EntryPoint = "duckdb_decimal_internal_type")]
    internal static partial DuckDbType duckdb_decimal_internal_type(LogicalTypeHandle type);

    [LibraryImport(Library, EntryPoint = "duckdb_enum_internal_type")]
    internal static partial DuckDbType duckdb_enum_internal_type(LogicalTypeHandle type);

    [LibraryImport(Library, EntryPoint = "duckdb_enum_dictionary_size")]
    internal static partial uint duckdb_enum_dictionary_size(LogicalTypeHandle type);

    /// <summary>Caller-owned text: freed with duckdb_free.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_enum_dictionary_value")]
    internal static partial IntPtr duckdb_enum_dictionary_value(LogicalTypeHandle type, ulong index);
}
