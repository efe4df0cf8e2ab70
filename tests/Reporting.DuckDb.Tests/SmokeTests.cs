namespace Reporting.DuckDb.Tests;

public sealed class SmokeTests
{
    [Fact]
    public void Reads_typed_columns_with_nulls()
    {
        using var db = DuckDbDatabase.OpenInMemory();
        using var connection = db.Connect();
        var result = connection.Query("""
            SELECT * FROM (VALUES
              (1, 'short', 'a string longer than twelve bytes ü', 1.5::DECIMAL(10,2), DATE '2026-03-01', TIMESTAMP '2026-03-01 09:30:00', TIMESTAMPTZ '2026-03-01 09:30:00+00', INTERVAL 90 MINUTE, 12345678901234567890::HUGEINT, true),
              (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)
            ) t(i, s, l, d, dt, ts, tz, iv, h, b) WHERE i IS NULL OR i = $1
            """, 1);
        Assert.Equal(2, result.RowCount);
        Assert.Equal(1, result.Column<int>("i")[0]);
        Assert.True(result["i"].IsNull(1));
        Assert.Equal("short", result.Column<string>("s")[0]);
        Assert.Equal("a string longer than twelve bytes ü", result.Column<string>("l")[0]);
        Assert.Equal(1.50m, result.Column<decimal>("d")[0]);
        Assert.Equal(new DateOnly(2026, 3, 1), result.Column<DateOnly>("dt")[0]);
        Assert.Equal(new DateTime(2026, 3, 1, 9, 30, 0), result.Column<DateTime>("ts")[0]);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero), result.Column<DateTimeOffset>("tz")[0]);
        Assert.Equal(TimeSpan.FromMinutes(90), result.Column<DuckDbInterval>("iv")[0].ToTimeSpan());
        Assert.Equal(Int128.Parse("12345678901234567890"), result.Column<Int128>("h")[0]);
        Assert.True(result.Column<bool>("b")[0]);
        Assert.All(result.Columns, c => Assert.True(c.IsNull(1)));
    }
}
