namespace Reporting.DuckDb.Tests;

public sealed class AppenderTests
{
    private const string FactsTable = "CREATE TABLE facts(id BIGINT, bucket INTEGER, amount DOUBLE, label VARCHAR)";

    [Fact]
    public void A_million_rows_load_with_exact_aggregates()
    {
        using var db = MemoryDatabase.With(FactsTable);
        using (var appender = db.Connection.CreateCheckedAppender("facts"))
        {
            for (var i = 0; i < 1_000_000; i++)
            {
                appender.Append((long)i).Append(i % 10).Append(i * 0.5).Append(LabelFor(i)).EndRow();
            }
        }

        var totals = db.Connection.Query("""
            SELECT count(*) AS rows, sum(id) AS ids, min(id) AS low, max(id) AS high, sum(bucket) AS buckets,
                   sum(amount) AS amounts, count(label) AS labels, count_if(label = 'odd') AS odd
            FROM facts
            """);

        Assert.Equal(1_000_000L, Single<long>(totals, "rows"));
        // 0 + … + 999,999 = 999,999 × 1,000,000 / 2.
        Assert.Equal((Int128)499_999_500_000, Single<Int128>(totals, "ids"));
        Assert.Equal((0L, 999_999L), (Single<long>(totals, "low"), Single<long>(totals, "high")));
        // Each bucket 0..9 holds 100,000 rows: 100,000 × 45.
        Assert.Equal((Int128)4_500_000, Single<Int128>(totals, "buckets"));
        // Half of the id sum; every partial sum is a multiple of 0.5 below 2^53, so exact.
        Assert.Equal(249_999_750_000.0, Single<double>(totals, "amounts"));
        // Every fourth label is NULL; the 500,000 odd ids say "odd" (count_if is a HUGEINT).
        Assert.Equal((750_000L, (Int128)500_000), (Single<long>(totals, "labels"), Single<Int128>(totals, "odd")));
    }

    [Fact]
    public void Nullable_values_without_a_value_append_null()
    {
        using var db = MemoryDatabase.With(FactsTable);
        using (var appender = db.Connection.CreateCheckedAppender("facts"))
        {
            appender.Append((long?)null).Append((int?)null).Append((double?)null).Append((string?)null).EndRow();
            appender.Append((long?)7).Append((int?)8).Append((double?)9.5).Append("ten").EndRow();
        }

        var rows = db.Connection.Query("SELECT * FROM facts ORDER BY id NULLS FIRST");

        Assert.All(rows.Columns, column => Assert.True(column.IsNull(0)));
        Assert.Equal((7L, 8, 9.5, "ten"), (rows.Column<long>("id")[1], rows.Column<int>("bucket")[1], rows.Column<double>("amount")[1], rows.Column<string>("label")[1]));
    }

    [Fact]
    public void An_appender_reaches_a_table_in_another_schema()
    {
        using var db = MemoryDatabase.With("CREATE SCHEMA staging; CREATE TABLE staging.t(id INTEGER, name VARCHAR)");
        using (var appender = db.Connection.CreateCheckedAppender("t", schema: "staging"))
        {
            Assert.Equal(2, appender.ColumnCount);
            appender.Append(1).Append("one").EndRow();
        }

        Assert.Equal("one", db.Connection.Query("SELECT name FROM staging.t WHERE id = 1").Scalar());
    }

    /// <summary>
    /// DuckDB.NET's numeric AppendValue overloads write the .NET value's own width whatever the
    /// column: a long into INTEGER, an int into SMALLINT (the seed's NPS score), a literal 5 as
    /// sbyte. The checked appender writes each at its column's width, over two rows so that a value
    /// written too wide would shift the next.
    /// </summary>
    [Fact]
    public void Each_integer_is_written_at_its_columns_width()
    {
        using var db = MemoryDatabase.With("CREATE TABLE t(tiny TINYINT, small SMALLINT, i INTEGER, big BIGINT, huge HUGEINT, d DOUBLE)");
        using (var appender = db.Connection.CreateCheckedAppender("t"))
        {
            appender.Append(5).Append(10).Append(-7L).Append(5).Append(3).Append(2).EndRow();
            appender.Append(-128).Append(-32768).Append((long)int.MaxValue).Append(long.MinValue).Append(long.MaxValue).Append(-1).EndRow();
        }

        var rows = db.Connection.Query("SELECT * FROM t ORDER BY tiny DESC");

        Assert.Equal([(sbyte)5, (sbyte)-128], rows.Column<sbyte>("tiny").Values.ToArray());
        Assert.Equal([(short)10, (short)-32768], rows.Column<short>("small").Values.ToArray());
        Assert.Equal([-7, int.MaxValue], rows.Column<int>("i").Values.ToArray());
        Assert.Equal([5L, long.MinValue], rows.Column<long>("big").Values.ToArray());
        Assert.Equal([(Int128)3, (Int128)long.MaxValue], rows.Column<Int128>("huge").Values.ToArray());
        Assert.Equal([2.0, -1.0], rows.Column<double>("d").Values.ToArray());
    }

    [Theory]
    [InlineData(70_000, "The value 70000 does not fit column 'small' (SMALLINT) of 't'.")]
    [InlineData(-32_769, "The value -32769 does not fit column 'small' (SMALLINT) of 't'.")]
    public void An_integer_too_wide_for_its_column_is_refused(int value, string message)
    {
        using var db = MemoryDatabase.With("CREATE TABLE t(small SMALLINT)");
        using var appender = db.Connection.CreateCheckedAppender("t");

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => appender.Append(value));

        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public void A_value_of_another_kind_is_refused_naming_the_column()
    {
        using var db = MemoryDatabase.With("CREATE TABLE t(score SMALLINT, seen_at TIMESTAMP)");
        using var appender = db.Connection.CreateCheckedAppender("t");
        appender.Append(9);

        var error = Assert.Throws<InvalidCastException>(() => appender.Append(2.5));

        Assert.Equal("Column 'seen_at' of 't' is TIMESTAMP; a Double (2.5) cannot be appended to it.", error.Message);
    }

    /// <summary>DuckDB.NET cuts a decimal's extra digits off; DuckDB's own cast (and our appender) rounds them.</summary>
    [Fact]
    public void A_decimal_is_rounded_to_the_columns_scale()
    {
        using var db = MemoryDatabase.With("CREATE TABLE t(id INTEGER, amount DECIMAL(14,2))");
        using (var appender = db.Connection.CreateCheckedAppender("t"))
        {
            appender.Append(1).Append(12.345m).EndRow();
            appender.Append(2).Append(-0.005m).EndRow();
        }

        var amounts = db.Connection.Query("SELECT amount::VARCHAR AS a FROM t ORDER BY id").Column<string>("a");

        Assert.Equal(["12.35", "-0.01"], amounts.Values.ToArray());
    }

    [Fact]
    public void Disposing_closes_and_writes_the_rows_and_a_second_close_does_nothing()
    {
        using var db = MemoryDatabase.With("CREATE TABLE t(id INTEGER)");
        var appender = db.Connection.CreateCheckedAppender("t");
        appender.Append(41).EndRow();

        appender.Dispose();
        appender.Close();

        Assert.Equal(41, db.Connection.Query("SELECT id FROM t").Scalar());
    }

    private static string? LabelFor(int i) => i % 4 == 0 ? null : i % 2 == 0 ? "an even label longer than twelve bytes" : "odd";

    private static T Single<T>(DuckDbResultSet result, string column) => result.Column<T>(column)[0];
}
