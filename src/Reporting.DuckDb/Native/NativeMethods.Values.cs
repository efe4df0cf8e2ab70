using System.Runtime.InteropServices;

namespace Reporting.DuckDb.Native;

internal static partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_create_varchar_length")]
    internal static unsafe partial ValueHandle duckdb_create_varchar_length(byte* text, ulong length);

    /// <summary>Copies the values; the caller still owns (and destroys) each of them.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_create_list_value")]
    internal static partial ValueHandle duckdb_create_list_value(LogicalTypeHandle type, IntPtr[] values, ulong count);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_value")]
    internal static partial void duckdb_destroy_value(ref IntPtr value);
}
