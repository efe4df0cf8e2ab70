using System.Numerics;
using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace Reporting.DuckDb;

/// <summary>
/// Bulk inserts through DuckDB.NET's appender, each value checked against its column's type:
/// the package's numeric AppendValue overloads write the .NET value's own width whatever the
/// column (a long into an INTEGER, an int into a SMALLINT, a literal 5 as sbyte), so here each
/// integer is converted to the column's width, or refused when it does not fit, and a value of
/// another kind is refused naming the column. Values go column by column; <see cref="EndRow"/>
/// closes a row; <see cref="Close"/> flushes, with DuckDB's error if the rows cannot be written.
/// </summary>
public sealed class DuckDbAppender : IDisposable
{
    private readonly DuckDB.NET.Data.DuckDBAppender appender;
    private readonly AppenderColumn[] columns;
    private readonly string table;
    private IDuckDBAppenderRow? row;
    private int next;
    private bool closed;

    internal DuckDbAppender(DuckDBConnection connection, string? schema, string table)
    {
        this.table = table;
        columns = AppenderColumn.Of(connection, schema, table);
        appender = schema is null ? connection.CreateAppender(table) : connection.CreateAppender(schema, table);
    }

    public int ColumnCount => columns.Length;

    public DuckDbAppender AppendNull()
    {
        Next();
        return Write(Row().AppendNullValue());
    }

    public DuckDbAppender Append(bool value) => Write(Expect(Kind.Boolean).AppendValue(value));

    public DuckDbAppender Append(int value) => AppendInteger(value);

    public DuckDbAppender Append(long value) => AppendInteger(value);

    public DuckDbAppender Append(ulong value) => AppendInteger(value);

    public DuckDbAppender Append(Int128 value) => AppendInteger(value);

    public DuckDbAppender Append(double value) => Next() switch
    {
        { Type: DuckDBType.Double } => Write(Row().AppendValue(value)),
        { Type: DuckDBType.Float } => Write(Row().AppendValue((float)value)),
        var column => throw Mismatch(column, value),
    };

    /// <summary>Rounded to the column's scale, as DuckDB's own cast rounds (the package would cut the digits off).</summary>
    public DuckDbAppender Append(decimal value) => Next() switch
    {
        { Type: DuckDBType.Decimal } column => Write(Row().AppendValue(Math.Round(value, column.Scale, MidpointRounding.AwayFromZero))),
        { Type: DuckDBType.Double } => Write(Row().AppendValue((double)value)),
        var column => throw Mismatch(column, value),
    };

    public DuckDbAppender Append(DateOnly value) => Write(Expect(Kind.Date, value).AppendValue(value));

    public DuckDbAppender Append(TimeOnly value) => Write(Expect(Kind.Time, value).AppendValue(value));

    /// <summary>Local times are stored as UTC; Utc and Unspecified as they are.</summary>
    public DuckDbAppender Append(DateTime value) =>
        Write(Expect(Kind.Timestamp, value).AppendValue(value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value));

    /// <summary>Stored as its UTC instant, in TIMESTAMP and TIMESTAMPTZ columns alike.</summary>
    public DuckDbAppender Append(DateTimeOffset value) => Write(Expect(Kind.Timestamp, value).AppendValue(value.UtcDateTime));

    public DuckDbAppender Append(DuckDbInterval value) => Write(Expect(Kind.Interval, value).AppendValue(value.ToTimeSpan()));

    public DuckDbAppender Append(string? value) => value is null ? AppendNull() : Write(Expect(Kind.Text, value).AppendValue(value));

    /// <summary>A BLOB value; null appends NULL.</summary>
    public DuckDbAppender Append(byte[]? value) => value is null ? AppendNull() : Write(Expect(Kind.Blob, value).AppendValue(value));

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

    public void EndRow()
    {
        if (next != columns.Length)
        {
            throw new InvalidOperationException($"A row of '{table}' has {columns.Length} column(s); {next} value(s) were appended.");
        }
        Row().EndRow();
        row = null;
        next = 0;
    }

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
            appender.Close();
        }
        finally
        {
            appender.Dispose();
        }
    }

    public void Dispose() => Close();

    private DuckDbAppender AppendInteger(Int128 value) => Next() switch
    {
        { Type: DuckDBType.TinyInt } c => Write(Row().AppendValue(Fit<sbyte>(c, value))),
        { Type: DuckDBType.SmallInt } c => Write(Row().AppendValue(Fit<short>(c, value))),
        { Type: DuckDBType.Integer } c => Write(Row().AppendValue(Fit<int>(c, value))),
        { Type: DuckDBType.BigInt } c => Write(Row().AppendValue(Fit<long>(c, value))),
        { Type: DuckDBType.UnsignedTinyInt } c => Write(Row().AppendValue(Fit<byte>(c, value))),
        { Type: DuckDBType.UnsignedSmallInt } c => Write(Row().AppendValue(Fit<ushort>(c, value))),
        { Type: DuckDBType.UnsignedInteger } c => Write(Row().AppendValue(Fit<uint>(c, value))),
        { Type: DuckDBType.UnsignedBigInt } c => Write(Row().AppendValue(Fit<ulong>(c, value))),
        { Type: DuckDBType.HugeInt } => Write(Row().AppendValue((BigInteger)value)),
        { Type: DuckDBType.Double } => Write(Row().AppendValue((double)value)),
        { Type: DuckDBType.Decimal } => Write(Row().AppendValue((decimal)value)),
        var column => throw Mismatch(column, value),
    };

    private T Fit<T>(AppenderColumn column, Int128 value)
        where T : IBinaryInteger<T>, IMinMaxValue<T> =>
        value >= Int128.CreateTruncating(T.MinValue) && value <= Int128.CreateTruncating(T.MaxValue)
            ? T.CreateTruncating(value)
            : throw new ArgumentOutOfRangeException(nameof(value), $"The value {value} does not fit column '{column.Name}' ({column.SqlType}) of '{table}'.");

    private enum Kind
    {
        Boolean,
        Date,
        Time,
        Timestamp,
        Interval,
        Text,
        Blob,
    }

    private IDuckDBAppenderRow Expect(Kind kind, object? value = null)
    {
        var column = Next();
        var fits = (kind, column.Type) switch
        {
            (Kind.Boolean, DuckDBType.Boolean) or (Kind.Date, DuckDBType.Date) or (Kind.Time, DuckDBType.Time) => true,
            (Kind.Timestamp, DuckDBType.Timestamp or DuckDBType.TimestampTz) or (Kind.Interval, DuckDBType.Interval) => true,
            (Kind.Text, DuckDBType.Varchar or DuckDBType.Enum) or (Kind.Blob, DuckDBType.Blob) => true,
            _ => false,
        };
        return fits ? Row() : throw Mismatch(column, value ?? kind);
    }

    private AppenderColumn Next()
    {
        ObjectDisposedException.ThrowIf(closed, this);
        if (next == columns.Length)
        {
            throw new InvalidOperationException($"A row of '{table}' has {columns.Length} column(s); call EndRow() before appending more.");
        }
        return columns[next];
    }

    private IDuckDBAppenderRow Row() => row ??= appender.CreateRow();

    /// <summary>Moves to the next column once a value is in (the row the package returns is the same row).</summary>
    private DuckDbAppender Write(IDuckDBAppenderRow _)
    {
        next++;
        return this;
    }

    private InvalidCastException Mismatch(AppenderColumn column, object value) =>
        new($"Column '{column.Name}' of '{table}' is {column.SqlType}; a {value.GetType().Name} ({value}) cannot be appended to it.");
}
