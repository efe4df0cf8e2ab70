using System.Collections;
using System.Data.Common;
using System.Globalization;

namespace Reporting.DuckDb;

/// <summary>
/// A forward-only reader that holds one data chunk at a time (about 2,048 rows), copied into typed
/// columns, so memory stays flat however large the result.
/// </summary>
public sealed class DuckDbDataReader : DbDataReader
{
    private readonly ChunkCursor cursor;
    private readonly DuckDbPreparedStatement statement;
    private readonly DuckDbConnection? closeWithReader;
    private readonly bool hasRows;
    private DuckDbColumn[] columns = [];
    private int row = -1;
    private bool exhausted;
    private bool closed;

    /// <summary>Reads the first chunk at once, so that <see cref="HasRows"/> can answer without moving.</summary>
    internal DuckDbDataReader(ChunkCursor cursor, DuckDbPreparedStatement statement, DuckDbConnection? closeWithReader)
    {
        this.cursor = cursor;
        this.statement = statement;
        this.closeWithReader = closeWithReader;
        hasRows = LoadNextChunk();
    }

    public override int Depth => 0;

    public override int FieldCount => cursor.Builders.Length;

    public override bool HasRows => hasRows;

    public override bool IsClosed => closed;

    public override int RecordsAffected => -1;

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => GetValue(GetOrdinal(name));

    public override bool Read()
    {
        if (closed)
        {
            return false;
        }
        if (row + 1 < RowsInChunk)
        {
            row++;
            return true;
        }
        // At the end there are no columns left, so row 0 is no current row either.
        row = 0;
        return LoadNextChunk();
    }

    public override bool NextResult() => false;

    public override string GetName(int ordinal) => cursor.Builders[ordinal].Name;

    public override int GetOrdinal(string name)
    {
        var index = Array.FindIndex(cursor.Builders, b => string.Equals(b.Name, name, StringComparison.OrdinalIgnoreCase));
        return index >= 0 ? index : throw new IndexOutOfRangeException($"The result has no column '{name}'.");
    }

    public override string GetDataTypeName(int ordinal) => cursor.Builders[ordinal].Type.ToString().ToUpperInvariant();

    public override Type GetFieldType(int ordinal) => cursor.Builders[ordinal].Build().ClrType;

    public override bool IsDBNull(int ordinal) => Current(ordinal).IsNull(row);

    public override object GetValue(int ordinal) => Current(ordinal).GetValue(row) ?? DBNull.Value;

    public override int GetValues(object[] values)
    {
        var count = Math.Min(values.Length, FieldCount);
        for (var i = 0; i < count; i++)
        {
            values[i] = GetValue(i);
        }
        return count;
    }

    public override T GetFieldValue<T>(int ordinal)
    {
        var column = Current(ordinal);
        if (column.IsNull(row))
        {
            // int?, string? and the like read NULL as null; a non-nullable type cannot, as in other providers.
            return default(T) is null ? default! : throw new InvalidCastException($"Column '{column.Name}' is NULL in this row.");
        }
        if (column is DuckDbColumn<T> typed)
        {
            return typed[row];
        }
        var value = column.GetValue(row) switch
        {
            // HUGEINT (what sum() of integers returns) is not IConvertible; decimal is, and it holds
            // 96 bits, so GetInt64 on a sum works and a sum too large for the target still throws.
            Int128 huge => (decimal)huge,
            UInt128 huge => (decimal)huge,
            var other => other!,
        };
        return value is T same ? same : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), CultureInfo.InvariantCulture);
    }

    public override bool GetBoolean(int ordinal) => GetFieldValue<bool>(ordinal);

    public override byte GetByte(int ordinal) => GetFieldValue<byte>(ordinal);

    public override char GetChar(int ordinal) => GetString(ordinal)[0];

    public override DateTime GetDateTime(int ordinal) => Current(ordinal).GetValue(row) switch
    {
        DateOnly date => date.ToDateTime(TimeOnly.MinValue),
        DateTimeOffset offset => offset.UtcDateTime,
        _ => GetFieldValue<DateTime>(ordinal),
    };

    public override decimal GetDecimal(int ordinal) => GetFieldValue<decimal>(ordinal);

    public override double GetDouble(int ordinal) => GetFieldValue<double>(ordinal);

    public override float GetFloat(int ordinal) => GetFieldValue<float>(ordinal);

    public override Guid GetGuid(int ordinal) => Guid.Parse(GetString(ordinal));

    public override short GetInt16(int ordinal) => GetFieldValue<short>(ordinal);

    public override int GetInt32(int ordinal) => GetFieldValue<int>(ordinal);

    public override long GetInt64(int ordinal) => GetFieldValue<long>(ordinal);

    public override string GetString(int ordinal) => GetFieldValue<string>(ordinal);

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length)
    {
        var bytes = GetFieldValue<byte[]>(ordinal);
        if (buffer is null)
        {
            return bytes.Length;
        }
        var count = (int)Math.Max(0, Math.Min(length, bytes.Length - dataOffset));
        Array.Copy(bytes, dataOffset, buffer, bufferOffset, count);
        return count;
    }

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length)
    {
        var text = GetString(ordinal);
        if (buffer is null)
        {
            return text.Length;
        }
        var count = (int)Math.Max(0, Math.Min(length, text.Length - dataOffset));
        text.CopyTo((int)dataOffset, buffer, bufferOffset, count);
        return count;
    }

    public override IEnumerator GetEnumerator() => new DbEnumerator(this, closeReader: false);

    public override void Close()
    {
        if (closed)
        {
            return;
        }
        closed = true;
        cursor.Dispose();
        statement.Dispose();
        closeWithReader?.Close();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Close();
        }
        base.Dispose(disposing);
    }

    private int RowsInChunk => columns.Length > 0 ? columns[0].Length : 0;

    private DuckDbColumn Current(int ordinal) => row >= 0 && row < RowsInChunk
        ? columns[ordinal]
        : throw new InvalidOperationException("No current row: call Read() first.");

    /// <summary>Replaces the current chunk with the next one that has rows; false (and no rows) at the end.</summary>
    private bool LoadNextChunk()
    {
        do
        {
            foreach (var builder in cursor.Builders)
            {
                builder.Reset();
            }
            if (exhausted || !cursor.AppendNextChunk())
            {
                exhausted = true;
                columns = [];
                return false;
            }
        }
        while (cursor.Builders.Length > 0 && cursor.Builders[0].Count == 0);
        columns = cursor.Builders.Select(b => b.Build()).ToArray();
        return true;
    }
}
