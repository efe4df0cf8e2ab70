using System.Data.Common;
using System.Numerics;
using DuckDB.NET.Native;

namespace Reporting.DuckDb;

/// <summary>
/// Picks how each result column is read, keeping the .NET types our callers have always had where
/// DuckDB.NET reads differently: TIMESTAMPTZ as DateTimeOffset (it reads DateTime), HUGEINT as
/// Int128 (it reads BigInteger), INTERVAL with its months (it throws for them) and BLOB as bytes
/// (it reads a stream). Every other type is read as DuckDB.NET reads it (LIST as List&lt;T&gt;). Another
/// driver's reader (ClickHouse's) is read to the same types (<see cref="ClickHouseColumnReaders"/>).
/// </summary>
internal static class ColumnReaders
{
    public static ColumnBuffer Create(DbDataReader reader, int ordinal)
    {
        if (reader is not DuckDB.NET.Data.DuckDBDataReader)
        {
            return ClickHouseColumnReaders.Create(reader, ordinal);
        }
        var name = reader.GetName(ordinal);
        var type = Enum.TryParse<DuckDBType>(reader.GetDataTypeName(ordinal), out var parsed) ? parsed : DuckDBType.Invalid;
        return type switch
        {
            DuckDBType.TimestampTz => new ColumnBuffer<DateTimeOffset>(name, type,
                (r, i) => new DateTimeOffset(DateTime.SpecifyKind(ReadDateTime(r, i), DateTimeKind.Utc))),
            DuckDBType.Timestamp or DuckDBType.TimestampS or DuckDBType.TimestampMs or DuckDBType.TimestampNs =>
                new ColumnBuffer<DateTime>(name, type, ReadDateTime),
            DuckDBType.HugeInt => new ColumnBuffer<Int128>(name, type, (r, i) => (Int128)r.GetFieldValue<BigInteger>(i)),
            DuckDBType.UnsignedHugeInt => new ColumnBuffer<UInt128>(name, type, (r, i) => (UInt128)r.GetFieldValue<BigInteger>(i)),
            DuckDBType.Interval => new ColumnBuffer<DuckDbInterval>(name, type, ReadInterval),
            DuckDBType.Blob => new ColumnBuffer<byte[]>(name, type, ReadBytes),
            DuckDBType.Varchar or DuckDBType.Enum => new ColumnBuffer<string>(name, type, (r, i) => r.GetString(i)),
            _ => AsRead(reader.GetFieldType(ordinal), name, type),
        };
    }

    private static DuckDbInterval ReadInterval(DbDataReader reader, int ordinal)
    {
        var value = reader.GetFieldValue<DuckDBInterval>(ordinal);
        return new DuckDbInterval(value.Months, value.Days, unchecked((long)value.Micros));
    }

    /// <summary>DuckDB's ±infinity and years past 9999 have no DateTime; DuckDB.NET throws several exception types for them.</summary>
    private static DateTime ReadDateTime(DbDataReader reader, int ordinal)
    {
        try
        {
            return reader.GetDateTime(ordinal);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentOutOfRangeException)
        {
            throw new OverflowException(
                $"A DuckDB timestamp in column '{reader.GetName(ordinal)}' lies outside the years 1 to 9999 that .NET can hold " +
                "(infinity, for one); filter it or cast it in SQL.", e);
        }
    }

    private static byte[] ReadBytes(DbDataReader reader, int ordinal)
    {
        using var stream = reader.GetStream(ordinal);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>A column of the .NET type DuckDB.NET reports for it, read with GetFieldValue.</summary>
    private static ColumnBuffer AsRead(Type clrType, string name, DuckDBType type) =>
        (ColumnBuffer)typeof(ColumnReaders).GetMethod(nameof(Typed), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(clrType).Invoke(null, [name, type])!;

    private static ColumnBuffer<T> Typed<T>(string name, DuckDBType type) => new(name, type, (r, i) => r.GetFieldValue<T>(i));
}
