using DuckDB.NET.Native;

namespace Reporting.DuckDb.Tests;

/// <summary>
/// A million rows arrive in data chunks of DuckDB's vector size (2,048 rows): 488 full chunks and
/// one of 576. Values, NULLs and long strings must come out right on both sides of every chunk
/// boundary, through the helper that reads a result into typed columns.
/// </summary>
public sealed class LargeResultTests
{
    private const int Rows = 1_000_000;

    /// <summary>0 + 1 + … + 999,999 = 999,999 × 1,000,000 / 2.</summary>
    private const long SumOfI = 499_999_500_000;

    /// <summary>
    /// n is NULL on the first and last row of every chunk (r % 2048 = 0: 489 rows; = 2047: 488 rows)
    /// and where r % 1000 = 999 (1,000 rows). Both "last row" and "999" hold where r ≡ -1 mod 256,000
    /// (255,999, 511,999 and 767,999), so 489 + 488 + 1,000 - 3.
    /// </summary>
    private const int NullsInN = 1_974;

    /// <summary>s is NULL where r % 3 = 0: 0, 3, …, 999,999, that is 333,334 rows.</summary>
    private const int NullsInS = 333_334;

    private const string Sql = """
        SELECT range AS i,
               CASE WHEN range % 2048 IN (0, 2047) OR range % 1000 = 999 THEN NULL ELSE range::INTEGER END AS n,
               CASE WHEN range % 3 = 0 THEN NULL ELSE 'value number ' || range END AS s
        FROM range(1000000)
        """;

    [Fact]
    public void A_million_rows_materialise_with_every_value_and_null_in_place()
    {
        using var db = MemoryDatabase.Open();

        var result = db.Connection.Query(Sql);

        Assert.Equal(Rows, result.RowCount);
        var i = result.Column<long>("i");
        var n = result.Column<int>("n");
        var s = result.Column<string>("s");
        long sum = 0;
        int nullsInN = 0, nullsInS = 0;
        for (var row = 0; row < Rows; row++)
        {
            sum += i[row];
            nullsInN += n.IsNull(row) ? 1 : 0;
            nullsInS += s.IsNull(row) ? 1 : 0;
            AssertRow(row, i[row], n.IsNull(row) ? null : n[row], s.IsNull(row) ? null : s[row]);
        }
        Assert.Equal((SumOfI, NullsInN, NullsInS), (sum, nullsInN, nullsInS));
    }

    [Fact]
    public void An_empty_result_keeps_its_columns()
    {
        using var db = MemoryDatabase.Open();

        var result = db.Connection.Query("SELECT range AS i, 'x' AS s FROM range(0)");

        Assert.Equal(0, result.RowCount);
        Assert.Equal(["i", "s"], result.Columns.Select(c => c.Name));
        Assert.Equal([DuckDBType.BigInt, DuckDBType.Varchar], result.Columns.Select(c => c.Type));
        Assert.Null(result.Scalar());
    }

    private static void AssertRow(int row, long i, int? n, string? s)
    {
        if (i != row)
        {
            Assert.Fail($"Row {row}: i is {i}.");
        }
        var nullN = row % 2048 is 0 or 2047 || row % 1000 == 999;
        if (n != (nullN ? null : row))
        {
            Assert.Fail($"Row {row}: n is {n?.ToString() ?? "NULL"}.");
        }
        if (s != (row % 3 == 0 ? null : $"value number {row}"))
        {
            Assert.Fail($"Row {row}: s is {s ?? "NULL"}.");
        }
    }
}
