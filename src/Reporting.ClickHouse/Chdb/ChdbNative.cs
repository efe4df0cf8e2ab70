using System.Runtime.InteropServices;

namespace Reporting.ClickHouse.Chdb;

/// <summary>
/// chDB's C API (chdb.h of chDB 3.x): a connection is a pointer to a handle; results and insert
/// streams are handles freed by their destroy calls. Strings go with explicit lengths (binary-safe).
/// </summary>
internal static unsafe partial class ChdbNative
{
    public const string Library = "chdb";

    [LibraryImport(Library, EntryPoint = "chdb_connect")]
    public static partial nint** Connect(int argc, byte** argv);

    [LibraryImport(Library, EntryPoint = "chdb_close_conn")]
    public static partial void Close(nint** connection);

    /// <summary>Joins the engine's threads; it does nothing while a connection is open, and no connection opens after it.</summary>
    [LibraryImport(Library, EntryPoint = "chdb_shutdown")]
    public static partial void Shutdown();

    [LibraryImport(Library, EntryPoint = "chdb_query_with_params_n")]
    public static partial nint QueryWithParameters(nint* connection, byte* query, nuint queryLength, byte* format, nuint formatLength,
        byte** names, nuint* nameLengths, byte** values, nuint* valueLengths, nuint count);

    [LibraryImport(Library, EntryPoint = "chdb_result_buffer")]
    public static partial byte* ResultBuffer(nint result);

    [LibraryImport(Library, EntryPoint = "chdb_result_length")]
    public static partial nuint ResultLength(nint result);

    [LibraryImport(Library, EntryPoint = "chdb_result_error")]
    public static partial byte* ResultError(nint result);

    [LibraryImport(Library, EntryPoint = "chdb_result_rows_read")]
    public static partial ulong ResultRowsRead(nint result);

    [LibraryImport(Library, EntryPoint = "chdb_result_rows_written")]
    public static partial ulong ResultRowsWritten(nint result);

    [LibraryImport(Library, EntryPoint = "chdb_destroy_query_result")]
    public static partial void DestroyResult(nint result);

    [LibraryImport(Library, EntryPoint = "chdb_stream_insert_n")]
    public static partial nint StreamInsert(nint* connection, byte* query, nuint queryLength, byte* format, nuint formatLength);

    [LibraryImport(Library, EntryPoint = "chdb_stream_append")]
    public static partial int StreamAppend(nint stream, byte* data, nuint length);

    [LibraryImport(Library, EntryPoint = "chdb_stream_done")]
    public static partial nint StreamDone(nint stream);

    [LibraryImport(Library, EntryPoint = "chdb_stream_insert_error")]
    public static partial byte* StreamInsertError(nint stream);

    [LibraryImport(Library, EntryPoint = "chdb_destroy_insert_stream")]
    public static partial void DestroyInsertStream(nint stream);
}
