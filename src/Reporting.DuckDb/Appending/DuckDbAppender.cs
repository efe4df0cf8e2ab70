using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Reporting.DuckDb.Native;

namespace Reporting.DuckDb;

/// <summary>
/// Bulk inserts through DuckDB's appender: values go column by column, <see cref="EndRow"/> closes a
/// row. Call <see cref="Close"/> to flush; errors (a constraint, a bad cast) surface there with
/// DuckDB's message. Disposing without closing closes too.
/// </summary>
public sealed class DuckDbAppender : IDisposable
{
    private readonly AppenderHandle handle;
    private readonly string table;
    private byte[] utf8 = new byte[256];
    private bool closed;

    internal DuckDbAppender(DuckDbConnection connection, string? schema, string table)
    {
        this.table = table;
        if (NativeMethods.duckdb_appender_create(connection.Handle, schema, table, out handle) != DuckDbState.Success)
        {
            using (handle)
            {
                ThrowError($"Cannot append to '{table}'");
            }
        }
    }

    public int ColumnCount => (int)NativeMethods.duckdb_appender_column_count(handle);

    public DuckDbAppender AppendNull() => Check(NativeMethods.duckdb_append_null(handle));

    public DuckDbAppender Append(bool value) => Check(NativeMethods.duckdb_append_bool(handle, value));

    public DuckDbAppender Append(int value) => Check(NativeMethods.duckdb_append_int32(handle, value));

    public DuckDbAppender Append(long value) => Check(NativeMethods.duckdb_append_int64(handle, value));

    /// <summary>UBIGINT's upper half does not fit <see cref="Append(long)"/>.</summary>
    public DuckDbAppender Append(ulong value) => Check(NativeMethods.duckdb_append_uint64(handle, value));

    public DuckDbAppender Append(double value) => Check(NativeMethods.duckdb_append_double(handle, value));

    public DuckDbAppender Append(Int128 value) => Check(NativeMethods.duckdb_append_hugeint(handle, NativeHugeInt.From(value)));

    /// <summary>Exact: the decimal goes as text and DuckDB casts it to the column's DECIMAL.</summary>
    public DuckDbAppender Append(decimal value) => Append(value.ToString(CultureInfo.InvariantCulture));

    public DuckDbAppender Append(DateOnly value) => Check(NativeMethods.duckdb_append_date(handle, TemporalConversions.FromDateOnly(value)));

    public DuckDbAppender Append(TimeOnly value) => Check(NativeMethods.duckdb_append_time(handle, TemporalConversions.FromTimeOnly(value)));

    public DuckDbAppender Append(DateTime value) => Check(NativeMethods.duckdb_append_timestamp(handle, TemporalConversions.FromDateTime(value)));

    public DuckDbAppender Append(DateTimeOffset value) => Check(NativeMethods.duckdb_append_timestamp(handle, TemporalConversions.FromDateTimeOffset(value)));

    public DuckDbAppender Append(DuckDbInterval value) =>
        Check(NativeMethods.duckdb_append_interval(handle, new NativeInterval(value.Months, value.Days, value.Micros)));

    public unsafe DuckDbAppender Append(string? value)
    {
        if (value is null)
        {
            return AppendNull();
        }
        var length = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (utf8.Length < length)
        {
            utf8 = new byte[Math.Max(length, utf8.Length * 2)];
        }
        var written = Encoding.UTF8.GetBytes(value, utf8);
        fixed (byte* pointer = utf8)
        {
            return Check(NativeMethods.duckdb_append_varchar_length(handle, pointer, (ulong)written));
        }
    }

    /// <summary>A BLOB value; null appends NULL.</summary>
    public unsafe DuckDbAppender Append(byte[]? value)
    {
        if (value is null)
        {
            return AppendNull();
        }
        fixed (byte* pointer = value)
        {
            return Check(NativeMethods.duckdb_append_blob(handle, pointer, (ulong)value.Length));
        }
    }

    public DuckDbAppender Append(bool? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppender Append(int? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppender Append(long? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppender Append(ulong? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppender Append(double? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppender Append(decimal? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppender Append(DateOnly? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppender Append(TimeOnly? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppender Append(DateTime? value) => value is { } v ? Append(v) : AppendNull();

    public DuckDbAppender Append(DateTimeOffset? value) => value is { } v ? Append(v) : AppendNull();

    public void EndRow() => Check(NativeMethods.duckdb_appender_end_row(handle));

    /// <summary>Writes buffered rows to the table now.</summary>
    public void Flush() => Check(NativeMethods.duckdb_appender_flush(handle));

    /// <summary>Flushes and closes; throws DuckDB's error if the buffered rows cannot be written.</summary>
    public void Close()
    {
        if (closed)
        {
            return;
        }
        closed = true;
        try
        {
            Check(NativeMethods.duckdb_appender_close(handle));
        }
        finally
        {
            handle.Dispose();
        }
    }

    public void Dispose() => Close();

    private DuckDbAppender Check(DuckDbState state)
    {
        if (state != DuckDbState.Success)
        {
            ThrowError($"Appending to '{table}' failed");
        }
        return this;
    }

    /// <summary>Throws DuckDB's last appender error with DuckDB's own class (e.g. Constraint on a duplicate key).</summary>
    [DoesNotReturn, StackTraceHidden]
    private void ThrowError(string context)
    {
        using var error = NativeMethods.duckdb_appender_error_data(handle);
        if (error.IsInvalid || !NativeMethods.duckdb_error_data_has_error(error))
        {
            ThrowHelper.Throw($"{context}: unknown error", DuckDbErrorType.InvalidInput);
        }
        var message = Marshal.PtrToStringUTF8(NativeMethods.duckdb_error_data_message(error)) ?? "unknown error";
        ThrowHelper.Throw($"{context}: {message}", NativeMethods.duckdb_error_data_error_type(error));
    }
}
