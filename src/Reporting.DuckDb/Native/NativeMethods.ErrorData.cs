using System.Runtime.InteropServices;

namespace Reporting.DuckDb.Native;

internal static partial class NativeMethods
{
    [LibraryImport(Library, EntryPoint = "duckdb_error_data_has_error")]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool duckdb_error_data_has_error(ErrorDataHandle errorData);

    [LibraryImport(Library, EntryPoint = "duckdb_error_data_error_type")]
    internal static partial DuckDbErrorType duckdb_error_data_error_type(ErrorDataHandle errorData);

    /// <summary>Owned by the error data, valid until it is destroyed; never freed by us.</summary>
    [LibraryImport(Library, EntryPoint = "duckdb_error_data_message")]
    internal static partial IntPtr duckdb_error_data_message(ErrorDataHandle errorData);

    [LibraryImport(Library, EntryPoint = "duckdb_destroy_error_data")]
    internal static partial void duckdb_destroy_error_data(ref IntPtr errorData);
}
