using System.Runtime.InteropServices;
using Reporting.DuckDb.Native;

namespace Reporting.DuckDb;

/// <summary>
/// Walks a materialised result chunk by chunk (duckdb_fetch_chunk), copying each chunk's vectors
/// into one builder per column before the chunk is released.
/// </summary>
internal sealed unsafe class ChunkCursor : IDisposable
{
    private readonly ResultHandle result;

    public ChunkCursor(ResultHandle result)
    {
        this.result = result;
        var count = (int)NativeMethods.duckdb_column_count(result.Pointer);
        Builders = new ColumnBuilder[count];
        for (var i = 0; i < count; i++)
        {
            var name = Marshal.PtrToStringUTF8(NativeMethods.duckdb_column_name(result.Pointer, (ulong)i)) ?? $"column{i}";
            using var type = NativeMethods.duckdb_column_logical_type(result.Pointer, (ulong)i);
            Builders[i] = ColumnBuilderFactory.Create(name, type);
        }
    }

    public ColumnBuilder[] Builders { get; }

    /// <summary>Appends the next chunk to the builders; false when the result is exhausted.</summary>
    public bool AppendNextChunk()
    {
        using var chunk = NativeMethods.duckdb_fetch_chunk(*result.Pointer);
        if (chunk.IsInvalid)
        {
            return false;
        }
        var pointer = chunk.DangerousGetHandle();
        var rows = (int)NativeMethods.duckdb_data_chunk_get_size(pointer);
        for (var i = 0; i < Builders.Length; i++)
        {
            Builders[i].Append(NativeMethods.duckdb_data_chunk_get_vector(pointer, (ulong)i), rows);
        }
        return true;
    }

    public void Dispose() => result.Dispose();
}

/// <summary>Reads a whole result into columns.</summary>
internal static class ResultMaterializer
{
    public static DuckDbResultSet Materialize(ResultHandle result)
    {
        var cursor = new ChunkCursor(result);
        while (cursor.AppendNextChunk())
        {
        }
        var columns = cursor.Builders.Select(b => b.Build()).ToArray();
        return new DuckDbResultSet(columns, columns.Length == 0 ? 0 : cursor.Builders[0].Count);
    }
}
