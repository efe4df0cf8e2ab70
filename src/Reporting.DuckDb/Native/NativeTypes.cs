using System.Runtime.InteropServices;

namespace Reporting.DuckDb.Native;

/// <summary>duckdb_state: every call that returns it is checked at once.</summary>
internal enum DuckDbState
{
    Success = 0,
    Error = 1,
}

/// <summary>duckdb_date: days since 1970-01-01.</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct NativeDate(int Days);

/// <summary>duckdb_time: microseconds since midnight.</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct NativeTime(long Micros);

/// <summary>duckdb_timestamp: microseconds since 1970-01-01 (UTC for TIMESTAMPTZ).</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct NativeTimestamp(long Micros);

/// <summary>duckdb_interval.</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct NativeInterval(int Months, int Days, long Micros);

/// <summary>duckdb_hugeint: a 128-bit integer as two halves.</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct NativeHugeInt(ulong Lower, long Upper)
{
    public Int128 ToInt128() => new((ulong)Upper, Lower);

    public static NativeHugeInt From(Int128 value) => new((ulong)(value & ulong.MaxValue), (long)(value >> 64));
}

/// <summary>duckdb_decimal: width, scale and the unscaled value.</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct NativeDecimal(byte Width, byte Scale, NativeHugeInt Value);

/// <summary>
/// duckdb_string_t as it sits in a VARCHAR vector: 16 bytes, the length first; strings of at most
/// 12 bytes are stored inline, longer ones keep a 4-byte prefix and a pointer.
/// </summary>
[StructLayout(LayoutKind.Explicit, Size = 16)]
internal unsafe struct NativeString
{
    public const int InlineLength = 12;

    [FieldOffset(0)] public uint Length;
    [FieldOffset(4)] public fixed byte Inlined[InlineLength];
    [FieldOffset(8)] public byte* Pointer;
}

/// <summary>
/// duckdb_result: six machine words, all opaque to us (the deprecated fields are never read).
/// It lives in native memory owned by <see cref="ResultHandle"/>.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct NativeResult
{
    public ulong DeprecatedColumnCount;
    public ulong DeprecatedRowCount;
    public ulong DeprecatedRowsChanged;
    public IntPtr DeprecatedColumns;
    public IntPtr DeprecatedErrorMessage;
    public IntPtr InternalData;
}

/// <summary>duckdb_query_progress_type: the running query's progress; percentage is -1 when unknown.</summary>
[StructLayout(LayoutKind.Sequential)]
internal readonly record struct NativeQueryProgress(double Percentage, ulong RowsProcessed, ulong TotalRowsToProcess);
