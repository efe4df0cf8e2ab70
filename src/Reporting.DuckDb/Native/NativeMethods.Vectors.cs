using System.Runtime.InteropServices;

namespace Reporting.DuckDb.Native;

internal static partial class NativeMethods
{
    // O(1) pointer reads, called once per column per chunk: no GC transition needed.
    [SuppressGCTransition]
    [LibraryImport(Library, EntryPoint = "duckdb_vector_get_data")]
    internal static partial IntPtr duckdb_vector_get_data(IntPtr vector);

    /// <summary>Null when every row of the vector is valid.</summary>
    [SuppressGCTransition]
    [LibraryImport(Library, EntryPoint = "duckdb_vector_get_validity")]
    internal static partial IntPtr duckdb_vector_get_validity(IntPtr vector);
}
