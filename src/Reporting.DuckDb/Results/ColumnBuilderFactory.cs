using System.Runtime.InteropServices;
using Reporting.DuckDb.Native;

namespace Reporting.DuckDb;

/// <summary>Picks the builder for a result column from its logical type.</summary>
internal static class ColumnBuilderFactory
{
    public static ColumnBuilder Create(string name, LogicalTypeHandle logicalType)
    {
        var type = NativeMethods.duckdb_get_type_id(logicalType);
        return type switch
        {
            DuckDbType.Boolean => new BlittableColumnBuilder<bool>(name, type),
            DuckDbType.TinyInt => new BlittableColumnBuilder<sbyte>(name, type),
            DuckDbType.SmallInt => new BlittableColumnBuilder<short>(name, type),
            DuckDbType.Integer => new BlittableColumnBuilder<int>(name, type),
            DuckDbType.BigInt => new BlittableColumnBuilder<long>(name, type),
            DuckDbType.UTinyInt => new BlittableColumnBuilder<byte>(name, type),
            DuckDbType.USmallInt => new BlittableColumnBuilder<ushort>(name, type),
            DuckDbType.UInteger => new BlittableColumnBuilder<uint>(name, type),
            DuckDbType.UBigInt => new BlittableColumnBuilder<ulong>(name, type),
            DuckDbType.Float => new BlittableColumnBuilder<float>(name, type),
            DuckDbType.Double => new BlittableColumnBuilder<double>(name, type),
            DuckDbType.HugeInt => Converting<NativeHugeInt, Int128, HugeIntConverter>(name, type, default),
            DuckDbType.UHugeInt => Converting<NativeHugeInt, UInt128, UHugeIntConverter>(name, type, default),
            DuckDbType.Varchar => new StringColumnBuilder(name, type),
            DuckDbType.Blob => new BlobColumnBuilder(name),
            DuckDbType.Date => Converting<int, DateOnly, DateConverter>(name, type, default),
            DuckDbType.Time => Converting<long, TimeOnly, TimeConverter>(name, type, default),
            DuckDbType.Timestamp => Converting<long, DateTime, TimestampConverter>(name, type, new(TimeSpan.TicksPerMicrosecond, 1)),
            DuckDbType.TimestampS => Converting<long, DateTime, TimestampConverter>(name, type, new(TimeSpan.TicksPerSecond, 1)),
            DuckDbType.TimestampMs => Converting<long, DateTime, TimestampConverter>(name, type, new(TimeSpan.TicksPerMillisecond, 1)),
            DuckDbType.TimestampNs => Converting<long, DateTime, TimestampConverter>(name, type, new(1, TimeSpan.NanosecondsPerTick)),
            DuckDbType.TimestampTz => Converting<long, DateTimeOffset, TimestampTzConverter>(name, type, default),
            DuckDbType.Interval => Converting<NativeInterval, DuckDbInterval, IntervalConverter>(name, type, default),
            DuckDbType.Decimal => Decimal(name, logicalType),
            DuckDbType.Enum => Enum(name, logicalType),
            _ => throw new NotSupportedException($"Column '{name}' has DuckDB type {type}, which the binding does not read; cast it in SQL (e.g. ::VARCHAR)."),
        };
    }

    private static ConvertingColumnBuilder<TNative, T, TConverter> Converting<TNative, T, TConverter>(string name, DuckDbType type, TConverter converter)
        where TNative : unmanaged
        where TConverter : struct, IValueConverter<TNative, T> => new(name, type, converter);

    private static ColumnBuilder Decimal(string name, LogicalTypeHandle logicalType)
    {
        var scale = NativeMethods.duckdb_decimal_scale(logicalType);
        return NativeMethods.duckdb_decimal_internal_type(logicalType) switch
        {
            DuckDbType.SmallInt => Converting<short, decimal, DecimalConverter<short>>(name, DuckDbType.Decimal, new(scale)),
            DuckDbType.Integer => Converting<int, decimal, DecimalConverter<int>>(name, DuckDbType.Decimal, new(scale)),
            DuckDbType.BigInt => Converting<long, decimal, DecimalConverter<long>>(name, DuckDbType.Decimal, new(scale)),
            DuckDbType.HugeInt => Converting<NativeHugeInt, decimal, HugeDecimalConverter>(name, DuckDbType.Decimal, new(scale)),
            var other => throw new NotSupportedException($"Column '{name}' is a DECIMAL stored as {other}."),
        };
    }

    private static ColumnBuilder Enum(string name, LogicalTypeHandle logicalType)
    {
        var dictionary = new string[NativeMethods.duckdb_enum_dictionary_size(logicalType)];
        for (var i = 0; i < dictionary.Length; i++)
        {
            var text = NativeMethods.duckdb_enum_dictionary_value(logicalType, (ulong)i);
            dictionary[i] = Marshal.PtrToStringUTF8(text) ?? "";
            NativeMethods.duckdb_free(text);
        }
        return NativeMethods.duckdb_enum_internal_type(logicalType) switch
        {
            DuckDbType.UTinyInt => new EnumColumnBuilder<byte>(name, dictionary),
            DuckDbType.USmallInt => new EnumColumnBuilder<ushort>(name, dictionary),
            DuckDbType.UInteger => new EnumColumnBuilder<uint>(name, dictionary),
            var other => throw new NotSupportedException($"Column '{name}' is an ENUM stored as {other}."),
        };
    }
}
