using System.Runtime.InteropServices;

namespace Reporting.DuckDb.Native;

internal static partial class NativeMethods
{
    // O(1) field reads with no callbacks into the runtime, called once per column per chunk.
    [SuppressGCTransition]
    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_get_size")]
    internal static partial ulong duckdb_data_chunk_get_size(IntPtr chunk);

    [SuppressGCTransition]
    [LibraryImport(Library, EntryPoint = "duckdb_data_chunk_get_vector")]
    internal static partial IntPtr duckdb_data_chunk_get_vector(IntPtr chunk, ulong column);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_data_chunk")]
    internal static partial void duckdb_destroy_data_chunk(ref IntPtr chunk);
}
