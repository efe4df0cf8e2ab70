using System.Text;
using Reporting.DuckDb.Native;

namespace Reporting.DuckDb;

/// <summary>
/// Binds one .NET value to one positional parameter of a prepared statement. Every value reaches
/// DuckDB as a typed bound value; nothing is ever spliced into SQL text.
/// </summary>
internal static class ParameterBinder
{
    public static void Bind(PreparedStatementHandle statement, ulong index, object? value)
    {
        var state = value switch
        {
            null or DBNull => NativeMethods.duckdb_bind_null(statement, index),
            bool b => NativeMethods.duckdb_bind_boolean(statement, index, b),
            sbyte or byte or short or ushort or int => NativeMethods.duckdb_bind_int32(statement, index, Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)),
            uint u => NativeMethods.duckdb_bind_int64(statement, index, u),
            long l => NativeMethods.duckdb_bind_int64(statement, index, l),
            ulong ul => NativeMethods.duckdb_bind_hugeint(statement, index, NativeHugeInt.From(ul)),
            Int128 h => NativeMethods.duckdb_bind_hugeint(statement, index, NativeHugeInt.From(h)),
            float f => NativeMethods.duckdb_bind_double(statement, index, f),
            double d => NativeMethods.duckdb_bind_double(statement, index, d),
            decimal m => NativeMethods.duckdb_bind_decimal(statement, index, DecimalConversions.FromDecimal(m)),
            string s => BindString(statement, index, s),
            byte[] bytes => BindBlob(statement, index, bytes),
            DateOnly date => NativeMethods.duckdb_bind_date(statement, index, TemporalConversions.FromDateOnly(date)),
            TimeOnly time => NativeMethods.duckdb_bind_time(statement, index, TemporalConversions.FromTimeOnly(time)),
            DateTime dt => NativeMethods.duckdb_bind_timestamp(statement, index, TemporalConversions.FromDateTime(dt)),
            DateTimeOffset dto => NativeMethods.duckdb_bind_timestamp_tz(statement, index, TemporalConversions.FromDateTimeOffset(dto)),
            TimeSpan ts => BindInterval(statement, index, DuckDbInterval.FromTimeSpan(ts)),
            DuckDbInterval iv => BindInterval(statement, index, iv),
            IEnumerable<string> list => BindStringList(statement, index, list),
            _ => throw new NotSupportedException(
                $"Parameter ${index} has a value of type {value.GetType().Name}, which the DuckDB binding cannot bind."),
        };
        if (state != DuckDbState.Success)
        {
            ThrowHelper.Throw($"DuckDB refused the value for parameter ${index} ({Describe(value)}).", DuckDbErrorType.InvalidInput);
        }
    }

    private static unsafe DuckDbState BindString(PreparedStatementHandle statement, ulong index, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        fixed (byte* pointer = bytes)
        {
            return NativeMethods.duckdb_bind_varchar_length(statement, index, pointer, (ulong)bytes.Length);
        }
    }

    private static unsafe DuckDbState BindBlob(PreparedStatementHandle statement, ulong index, byte[] value)
    {
        fixed (byte* pointer = value)
        {
            return NativeMethods.duckdb_bind_blob(statement, index, pointer, (ulong)value.Length);
        }
    }

    private static DuckDbState BindInterval(PreparedStatementHandle statement, ulong index, DuckDbInterval value) =>
        NativeMethods.duckdb_bind_interval(statement, index, new NativeInterval(value.Months, value.Days, value.Micros));

    /// <summary>A VARCHAR[] value, for <c>col = ANY($1)</c> / IN filters of any length.</summary>
    private static DuckDbState BindStringList(PreparedStatementHandle statement, ulong index, IEnumerable<string> values)
    {
        var items = values.Select(CreateVarchar).ToList();
        try
        {
            using var type = NativeMethods.duckdb_create_logical_type(DuckDbType.Varchar);
            var pointers = items.Select(v => v.DangerousGetHandle()).ToArray();
            using var list = NativeMethods.duckdb_create_list_value(type, pointers, (ulong)pointers.Length);
            return NativeMethods.duckdb_bind_value(statement, index, list);
        }
        finally
        {
            items.ForEach(v => v.Dispose());
        }
    }

    private static unsafe ValueHandle CreateVarchar(string value)
    {
        ArgumentNullException.ThrowIfNull(value, "list item");
        var bytes = Encoding.UTF8.GetBytes(value);
        fixed (byte* pointer = bytes)
        {
            return NativeMethods.duckdb_create_varchar_length(pointer, (ulong)bytes.Length);
        }
    }

    private static string Describe(object? value) => value is null ? "NULL" : value.GetType().Name;
}
