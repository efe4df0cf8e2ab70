namespace Reporting.DuckDb.Tests;

public sealed class AppenderTests
{
    private const string FactsTable = "CREATE TABLE facts(id BIGINT, bucket INTEGER, amount DOUBLE, label VARCHAR)";

    [Fact]
    public void A_million_rows_load_with_exact_aggregates()
    {
        using var db = MemoryDatabase.With(FactsTable);
        using (var appender = db.Connection.CreateAppender("facts"))
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
        using (var appender = db.Connection.CreateAppender("facts"))
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
        using (var appender = db.Connection.CreateAppender("t", schema: "staging"))
        {
            Assert.Equal(2, appender.ColumnCount);
            appender.Append(1).Append("one").EndRow();
        }

        Assert.Equal("one", db.Connection.Query("SELECT name FROM staging.t WHERE id = 1").Scalar());
    }

    [Fact]
    public void Flush_writes_rows_before_the_appender_closes()
    {
        using var db = MemoryDatabase.With("CREATE TABLE t(id INTEGER)");
        using var appender = db.Connection.CreateAppender("t");
        appender.Append(1).EndRow();
        appender.Append(2).EndRow();

        appender.Flush();

        Assert.Equal(2L, db.Connection.Query("SELECT count(*) FROM t").Scalar());
    }

    [Fact]
    public void Disposing_closes_and_writes_the_rows_and_a_second_close_does_nothing()
    {
        using var db = MemoryDatabase.With("CREATE TABLE t(id INTEGER)");
        var appender = db.Connection.CreateAppender("t");
        appender.Append(41).EndRow();

        appender.Dispose();
        appender.Close();

        Assert.Equal(41, db.Connection.Query("SELECT id FROM t").Scalar());
    }

    private static string? LabelFor(int i) => i % 4 == 0 ? null : i % 2 == 0 ? "an even label longer than twelve bytes" : "odd";

    private static T Single<T>(DuckDbResultSet result, string column) => result.Column<T>(column)[0];
}
