using System.Data.Common;

namespace Reporting.DuckDb.Tests;

/// <summary>DuckDbDataReader's typed getters, metadata and row navigation.</summary>
public sealed class DataReaderTests
{
    private const string TwoRows = """
        SELECT * FROM (VALUES
            (1, 42::TINYINT, 7::UTINYINT, -300::SMALLINT, 5000000000::BIGINT, 1.5::FLOAT, 2.25::DOUBLE, 12.34::DECIMAL(9,2),
             'Zoë', true, DATE '1969-07-20', TIMESTAMP '1969-07-20 20:17:40.123456', TIMESTAMPTZ '2026-03-01 09:30:00+02',
             '6f9619ff-8b86-d011-b42d-00c04fc964ff', '\x00\xFFab'::BLOB),
            (2, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)
        ) v(id, tiny, utiny, small, big, f, d, m, s, flag, day, ts, tz, guid, bytes)
        ORDER BY id
        """;

    [Fact]
    public void Typed_getters_read_each_column()
    {
        using var db = MemoryDatabase.Open();
        using var reader = ExecuteReader(db, TwoRows);

        Assert.True(reader.Read());
        Assert.Equal(1, reader.GetInt32(0));
        Assert.Equal((sbyte)42, reader.GetFieldValue<sbyte>(1));
        Assert.Equal((byte)7, reader.GetByte(2));
        Assert.Equal((short)-300, reader.GetInt16(3));
        Assert.Equal(5_000_000_000L, reader.GetInt64(4));
        Assert.Equal(1.5f, reader.GetFloat(5));
        Assert.Equal(2.25, reader.GetDouble(6));
        Assert.Equal(12.34m, reader.GetDecimal(7));
        Assert.Equal("Zoë", reader.GetString(8));
        Assert.True(reader.GetBoolean(9));
        Assert.Equal(new DateTime(1969, 7, 20), reader.GetDateTime(10));
        Assert.Equal(new DateTime(1969, 7, 20, 20, 17, 40).AddMicroseconds(123_456), reader.GetDateTime(11));
        Assert.Equal(new DateTime(2026, 3, 1, 7, 30, 0, DateTimeKind.Utc), reader.GetDateTime(12));
        Assert.Equal(DateTimeKind.Utc, reader.GetDateTime(12).Kind);
        Assert.Equal(new Guid("6f9619ff-8b86-d011-b42d-00c04fc964ff"), reader.GetGuid(13));
    }

    [Fact]
    public void Nullable_types_read_null_for_sql_null_and_plain_types_refuse_it()
    {
        using var db = MemoryDatabase.Open();
        using var reader = ExecuteReader(db, TwoRows);

        Assert.True(reader.Read());
        Assert.Equal((long?)5_000_000_000L, reader.GetFieldValue<long?>(4));
        Assert.Equal((double?)2.25, reader.GetFieldValue<double?>(6));
        Assert.True(reader.Read());
        Assert.Null(reader.GetFieldValue<long?>(4));
        Assert.Null(reader.GetFieldValue<decimal?>(7));
        Assert.Throws<InvalidCastException>(() => reader.GetFieldValue<long>(4));
    }

    [Fact]
    public void Widening_getters_convert_smaller_integers()
    {
        using var db = MemoryDatabase.Open();
        using var reader = ExecuteReader(db, TwoRows);
        Assert.True(reader.Read());

        Assert.Equal(42L, reader.GetInt64(1));
        Assert.Equal(-300, reader.GetInt32(3));
        Assert.Equal(2.25m, reader.GetDecimal(6));
    }

    [Fact]
    public void Hugeint_sums_read_as_smaller_integers_when_they_fit()
    {
        using var db = MemoryDatabase.Open();
        // sum() of INTEGER or BIGINT is a HUGEINT in DuckDB.
        using var reader = ExecuteReader(db, "SELECT sum(x) AS total, sum(x) * 100000000000000 AS huge FROM (VALUES (1), (2), (39)) v(x)");
        Assert.True(reader.Read());

        Assert.Equal((Int128)42, reader.GetFieldValue<Int128>(0));
        Assert.Equal(42L, reader.GetInt64(0));
        Assert.Equal(42, reader.GetInt32(0));
        Assert.Equal(42m, reader.GetDecimal(0));
        Assert.Throws<OverflowException>(() => reader.GetInt32(1));
    }

    [Fact]
    public void Bytes_and_chars_copy_in_pieces()
    {
        using var db = MemoryDatabase.Open();
        using var reader = ExecuteReader(db, TwoRows);
        Assert.True(reader.Read());
        var bytes = new byte[8];
        var chars = new char[8];

        Assert.Equal(4, reader.GetBytes(14, 0, null, 0, 0));
        Assert.Equal(3, reader.GetBytes(14, 1, bytes, 2, 8));
        Assert.Equal(new byte[] { 0, 0, 0xFF, (byte)'a', (byte)'b', 0, 0, 0 }, bytes);
        Assert.Equal(3, reader.GetChars(8, 0, null, 0, 0));
        Assert.Equal(2, reader.GetChars(8, 1, chars, 0, 2));
        Assert.Equal("oë", new string(chars, 0, 2));
        Assert.Equal('Z', reader.GetChar(8));
    }

    [Fact]
    public void Nulls_show_as_dbnull()
    {
        using var db = MemoryDatabase.Open();
        using var reader = ExecuteReader(db, TwoRows);
        Assert.True(reader.Read());
        Assert.True(reader.Read());

        var values = new object[reader.FieldCount];
        Assert.Equal(15, reader.GetValues(values));

        Assert.False(reader.IsDBNull(0));
        Assert.All(Enumerable.Range(1, 14), i => Assert.True(reader.IsDBNull(i)));
        Assert.All(values.Skip(1), value => Assert.Same(DBNull.Value, value));
        Assert.Equal(2, values[0]);
        Assert.ThrowsAny<Exception>(() => reader.GetInt32(1));
    }

    [Fact]
    public void Metadata_names_and_types_the_columns()
    {
        using var db = MemoryDatabase.Open();
        using var reader = ExecuteReader(db, TwoRows);

        Assert.Equal(15, reader.FieldCount);
        Assert.Equal("small", reader.GetName(3));
        Assert.Equal(3, reader.GetOrdinal("small"));
        Assert.Equal(3, reader.GetOrdinal("SMALL"));
        Assert.Throws<IndexOutOfRangeException>(() => reader.GetOrdinal("missing"));
        Assert.Equal(typeof(short), reader.GetFieldType(3));
        Assert.Equal(typeof(DateTimeOffset), reader.GetFieldType(12));
        Assert.Equal("SMALLINT", reader.GetDataTypeName(3));
        Assert.Equal("DECIMAL", reader.GetDataTypeName(7));
    }

    [Fact]
    public void Indexers_read_by_ordinal_and_name()
    {
        using var db = MemoryDatabase.Open();
        using var reader = ExecuteReader(db, TwoRows);
        Assert.True(reader.Read());

        Assert.Equal("Zoë", reader["s"]);
        Assert.Equal("Zoë", reader["S"]);
        Assert.Equal(5_000_000_000L, reader[4]);
    }

    [Fact]
    public void Rows_are_read_in_order_and_then_reading_stops()
    {
        using var db = MemoryDatabase.Open();
        using var reader = ExecuteReader(db, TwoRows);

        Assert.True(reader.HasRows);
        Assert.Throws<InvalidOperationException>(() => reader.GetInt32(0));
        Assert.True(reader.Read());
        Assert.Equal(1, reader.GetInt32(0));
        Assert.True(reader.Read());
        Assert.Equal(2, reader.GetInt32(0));
        Assert.False(reader.Read());
        Assert.False(reader.Read());
        Assert.False(reader.NextResult());
    }

    [Fact]
    public void An_empty_result_has_no_rows_but_keeps_its_columns()
    {
        using var db = MemoryDatabase.Open();
        using var reader = ExecuteReader(db, "SELECT range AS i, 'x' AS s FROM range(0)");

        Assert.False(reader.HasRows);
        Assert.Equal(2, reader.FieldCount);
        Assert.Equal("s", reader.GetName(1));
        Assert.False(reader.Read());
    }

    [Fact]
    public void HasRows_does_not_consume_the_first_row()
    {
        using var db = MemoryDatabase.Open();
        using var reader = ExecuteReader(db, "SELECT range AS i FROM range(3000)");

        Assert.True(reader.HasRows);
        var sum = 0L;
        var rows = 0;
        while (reader.Read())
        {
            sum += reader.GetInt64(0);
            rows++;
        }

        // 0 + … + 2,999 = 2,999 × 3,000 / 2, over two chunks.
        Assert.Equal((3000, 4_498_500L), (rows, sum));
    }

    [Fact]
    public void A_closed_reader_reads_nothing()
    {
        using var db = MemoryDatabase.Open();
        var reader = ExecuteReader(db, TwoRows);

        reader.Close();

        Assert.True(reader.IsClosed);
        Assert.False(reader.Read());
        reader.Dispose();
    }

    private static DbDataReader ExecuteReader(MemoryDatabase db, string sql)
    {
        using var command = db.Connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteReader();
    }
}
