using System.Collections;
using System.Data.Common;
using System.Globalization;
using DuckDB.NET.Native;

namespace Reporting.DuckDb;

/// <summary>
/// Reads a column of a ClickHouse result (ClickHouse.Driver's reader, which names the column's
/// ClickHouse type) as the .NET type the same column has from DuckDB, so that callers read either
/// engine alike: unsigned and 64-bit integers (counts are UInt64) as long, the other signed ones and
/// floats as DuckDB's of their width read, Date and Date32 as
/// DateOnly, DateTime64 as a UTC DateTime, Decimal as decimal, arrays as List&lt;T&gt;. The DuckDB type
/// given is the nearest one, for what shows it.
/// </summary>
internal static class ClickHouseColumnReaders
{
    public static ColumnBuffer Create(DbDataReader reader, int ordinal)
    {
        var name = reader.GetName(ordinal);
        var type = Bare(reader.GetDataTypeName(ordinal));
        return type switch
        {
            "UInt8" or "UInt16" or "UInt32" or "UInt64" or "Int64" => new ColumnBuffer<long>(name, DuckDBType.BigInt, (r, i) => Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture)),
            "Int32" => new ColumnBuffer<int>(name, DuckDBType.Integer, (r, i) => Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture)),
            "Int16" => new ColumnBuffer<short>(name, DuckDBType.SmallInt, (r, i) => Convert.ToInt16(r.GetValue(i), CultureInfo.InvariantCulture)),
            "Int8" => new ColumnBuffer<sbyte>(name, DuckDBType.TinyInt, (r, i) => Convert.ToSByte(r.GetValue(i), CultureInfo.InvariantCulture)),
            "Bool" => new ColumnBuffer<bool>(name, DuckDBType.Boolean, (r, i) => Convert.ToBoolean(r.GetValue(i), CultureInfo.InvariantCulture)),
            "Float32" => new ColumnBuffer<float>(name, DuckDBType.Float, (r, i) => Convert.ToSingle(r.GetValue(i), CultureInfo.InvariantCulture)),
            "Float64" => new ColumnBuffer<double>(name, DuckDBType.Double, (r, i) => Convert.ToDouble(r.GetValue(i), CultureInfo.InvariantCulture)),
            "String" or "UUID" => new ColumnBuffer<string>(name, DuckDBType.Varchar, (r, i) => Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture)!),
            "Date" or "Date32" => new ColumnBuffer<DateOnly>(name, DuckDBType.Date, (r, i) => DateOnly.FromDateTime(Timestamp(r.GetValue(i)))),
            _ when type.StartsWith("Decimal", StringComparison.Ordinal) => new ColumnBuffer<decimal>(name, DuckDBType.Decimal, (r, i) => Decimal(r.GetValue(i))),
            _ when type.StartsWith("DateTime", StringComparison.Ordinal) => new ColumnBuffer<DateTime>(name, DuckDBType.Timestamp, (r, i) => Timestamp(r.GetValue(i))),
            _ when type.StartsWith("FixedString", StringComparison.Ordinal) || type.StartsWith("Enum", StringComparison.Ordinal)
                => new ColumnBuffer<string>(name, DuckDBType.Varchar, (r, i) => Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture)!),
            _ when type.StartsWith("Array(", StringComparison.Ordinal) => Array(name, Bare(type["Array(".Length..^1])),
            _ => new ColumnBuffer<object>(name, DuckDBType.Invalid, (r, i) => r.GetValue(i)),
        };
    }

    /// <summary>The type without the wrappers that change nothing about the values read: Nullable(…), LowCardinality(…).</summary>
    private static string Bare(string type)
    {
        foreach (var wrapper in new[] { "Nullable(", "LowCardinality(" })
        {
            if (type.StartsWith(wrapper, StringComparison.Ordinal) && type.EndsWith(')'))
            {
                return Bare(type[wrapper.Length..^1]);
            }
        }
        return type;
    }

    /// <summary>Arrays as DuckDB's lists read: List&lt;T&gt; of the element's type (text, long, double; anything else as read).</summary>
    private static ColumnBuffer Array(string name, string element) => element switch
    {
        "String" => new ColumnBuffer<List<string?>>(name, DuckDBType.List, (r, i) => Elements(r.GetValue(i), v => Convert.ToString(v, CultureInfo.InvariantCulture))),
        "UInt8" or "UInt16" or "UInt32" or "UInt64" or "Int8" or "Int16" or "Int32" or "Int64"
            => new ColumnBuffer<List<long?>>(name, DuckDBType.List, (r, i) => Elements(r.GetValue(i), v => (long?)Convert.ToInt64(v, CultureInfo.InvariantCulture))),
        "Float32" or "Float64" => new ColumnBuffer<List<double?>>(name, DuckDBType.List, (r, i) => Elements(r.GetValue(i), v => (double?)Convert.ToDouble(v, CultureInfo.InvariantCulture))),
        _ => new ColumnBuffer<List<object?>>(name, DuckDBType.List, (r, i) => Elements(r.GetValue(i), v => v)),
    };

    private static List<T?> Elements<T>(object value, Func<object, T?> convert) =>
        ((IEnumerable)value).Cast<object?>().Select(v => v is null or DBNull ? default : convert(v)).ToList();

    /// <summary>The driver reads DateTime64(…, 'UTC') as a DateTime (or an offset); DuckDB's TIMESTAMP is the UTC wall-clock time.</summary>
    private static DateTime Timestamp(object value) => value switch
    {
        DateTimeOffset offset => DateTime.SpecifyKind(offset.UtcDateTime, DateTimeKind.Unspecified),
        DateTime { Kind: DateTimeKind.Local } local => DateTime.SpecifyKind(local.ToUniversalTime(), DateTimeKind.Unspecified),
        DateTime time => DateTime.SpecifyKind(time, DateTimeKind.Unspecified),
        DateOnly date => date.ToDateTime(TimeOnly.MinValue),
        _ => throw new InvalidCastException($"A ClickHouse date or time read as {value.GetType().Name}."),
    };

    /// <summary>The driver's own decimal type converts through its text when it is not a .NET decimal.</summary>
    private static decimal Decimal(object value) => value is decimal d
        ? d
        : decimal.Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!, NumberStyles.Float, CultureInfo.InvariantCulture);
}
