using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using Reporting.DuckDb.Native;

namespace Reporting.DuckDb;

/// <summary>Fixed-width values whose DuckDB and .NET layouts are the same: one block copy per chunk.</summary>
internal sealed class BlittableColumnBuilder<T>(string name, DuckDbType type) : ColumnBuilder<T>(name, type)
    where T : unmanaged
{
    protected override unsafe void CopyRows(IntPtr data, ulong* validity, int offset, int rows)
    {
        new ReadOnlySpan<T>((void*)data, rows).CopyTo(Values.AsSpan(offset, rows));
        if (validity is null)
        {
            return;
        }
        for (var row = 0; row < rows; row++)
        {
            if (!IsValid(validity, row))
            {
                Values[offset + row] = default;
            }
        }
    }
}

/// <summary>Turns one DuckDB encoding into one .NET value.</summary>
internal interface IValueConverter<TNative, T>
    where TNative : unmanaged
{
    T Convert(TNative value);
}

/// <summary>Values that need decoding (dates, timestamps, decimals, 128-bit integers).</summary>
internal sealed class ConvertingColumnBuilder<TNative, T, TConverter>(string name, DuckDbType type, TConverter converter)
    : ColumnBuilder<T>(name, type)
    where TNative : unmanaged
    where TConverter : struct, IValueConverter<TNative, T>
{
    protected override unsafe void CopyRows(IntPtr data, ulong* validity, int offset, int rows)
    {
        var source = (TNative*)data;
        var target = Values;
        for (var row = 0; row < rows; row++)
        {
            target[offset + row] = IsValid(validity, row) ? converter.Convert(source[row]) : default!;
        }
    }
}

/// <summary>VARCHAR: duckdb_string_t entries, inlined when at most 12 bytes long.</summary>
internal sealed class StringColumnBuilder(string name, DuckDbType type) : ColumnBuilder<string>(name, type)
{
    protected override unsafe void CopyRows(IntPtr data, ulong* validity, int offset, int rows)
    {
        var source = (NativeString*)data;
        for (var row = 0; row < rows; row++)
        {
            Values[offset + row] = IsValid(validity, row) ? Decode(source + row) : null!;
        }
    }

    internal static unsafe string Decode(NativeString* value) =>
        Encoding.UTF8.GetString(Bytes(value), (int)value->Length);

    internal static unsafe byte* Bytes(NativeString* value) =>
        value->Length <= NativeString.InlineLength ? value->Inlined : value->Pointer;
}

/// <summary>BLOB: the same layout as VARCHAR, copied as bytes.</summary>
internal sealed class BlobColumnBuilder(string name) : ColumnBuilder<byte[]>(name, DuckDbType.Blob)
{
    protected override unsafe void CopyRows(IntPtr data, ulong* validity, int offset, int rows)
    {
        var source = (NativeString*)data;
        for (var row = 0; row < rows; row++)
        {
            Values[offset + row] = IsValid(validity, row)
                ? new ReadOnlySpan<byte>(StringColumnBuilder.Bytes(source + row), (int)source[row].Length).ToArray()
                : null!;
        }
    }
}

/// <summary>ENUM: dictionary indices of 1, 2 or 4 bytes, read as the dictionary's strings.</summary>
internal sealed class EnumColumnBuilder<TIndex>(string name, string[] dictionary) : ColumnBuilder<string>(name, DuckDbType.Enum)
    where TIndex : unmanaged, IBinaryInteger<TIndex>
{
    protected override unsafe void CopyRows(IntPtr data, ulong* validity, int offset, int rows)
    {
        var source = (TIndex*)data;
        for (var row = 0; row < rows; row++)
        {
            Values[offset + row] = IsValid(validity, row) ? dictionary[int.CreateTruncating(source[row])] : null!;
        }
    }
}

internal readonly struct DateConverter : IValueConverter<int, DateOnly>
{
    public DateOnly Convert(int value) => TemporalConversions.ToDateOnly(value);
}

internal readonly struct TimeConverter : IValueConverter<long, TimeOnly>
{
    public TimeOnly Convert(long value) => new(value * TimeSpan.TicksPerMicrosecond);
}

/// <summary>
/// TIMESTAMP, TIMESTAMP_S/MS/NS: the unit is scaled straight to 100 ns ticks. Nanoseconds round
/// down (division alone would round pre-1970 values up, towards the epoch).
/// </summary>
internal readonly struct TimestampConverter(long ticksPerUnit, long unitsPerTick) : IValueConverter<long, DateTime>
{
    public DateTime Convert(long value)
    {
        var (ticks, remainder) = Math.DivRem(value, unitsPerTick);
        return TemporalConversions.ToDateTimeFromEpochTicks(
            TemporalConversions.EpochTicks(remainder < 0 ? ticks - 1 : ticks, ticksPerUnit));
    }
}

internal readonly struct TimestampTzConverter : IValueConverter<long, DateTimeOffset>
{
    public DateTimeOffset Convert(long value) => TemporalConversions.ToDateTimeOffset(value);
}

internal readonly struct IntervalConverter : IValueConverter<NativeInterval, DuckDbInterval>
{
    public DuckDbInterval Convert(NativeInterval value) => new(value.Months, value.Days, value.Micros);
}

internal readonly struct HugeIntConverter : IValueConverter<NativeHugeInt, Int128>
{
    public Int128 Convert(NativeHugeInt value) => value.ToInt128();
}

internal readonly struct UHugeIntConverter : IValueConverter<NativeHugeInt, UInt128>
{
    public UInt128 Convert(NativeHugeInt value) => new((ulong)value.Upper, value.Lower);
}

/// <summary>DECIMAL stored as a 16-, 32- or 64-bit scaled integer.</summary>
internal readonly struct DecimalConverter<TInt>(byte scale) : IValueConverter<TInt, decimal>
    where TInt : unmanaged, IBinaryInteger<TInt>
{
    public decimal Convert(TInt value) => DecimalConversions.ToDecimal(long.CreateTruncating(value), scale);
}

internal readonly struct HugeDecimalConverter(byte scale) : IValueConverter<NativeHugeInt, decimal>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public decimal Convert(NativeHugeInt value) => DecimalConversions.ToDecimal(value.ToInt128(), scale);
}
