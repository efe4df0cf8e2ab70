using Reporting.Core.Cube.Compiling;
using Reporting.Core.Sql;
using Reporting.DuckDb;
using Reporting.Tests.Chdb;

namespace Reporting.Core.Tests.Sql;

/// <summary>
/// The seam's helpers on a ClickHouse connection (embedded chDB through ClickHouse.Driver): values
/// bound through the dialect's typed placeholders come back as given, and ClickHouse's types are
/// read as DuckDB's are (counts as long, dates as DateOnly, timestamps as UTC DateTime, lists).
/// </summary>
public sealed class ClickHouseSeamTests : IDisposable
{
    private readonly Reporting.ClickHouse.ClickHouseWarehouse warehouse = TestWarehouses.Open();

    [Fact]
    public void Every_placeholder_type_binds_its_value_through_the_driver()
    {
        var parameters = new ParameterList(SqlDialect.ClickHouse);
        object?[] values = ["it's \\ \"q\"", -5L, 2.25, 12.50m, true, new DateTime(2026, 3, 2, 10, 30, 0, 123), new DateOnly(2026, 3, 2), new[] { "a", "b'c" }, null];
        var select = string.Join(", ", values.Select((v, i) => $"{parameters.Add(v)} AS c{i}"));
        using var connection = warehouse.Connect();

        var result = connection.Query($"SELECT {select}", parameters.Values, CancellationToken.None);

        Assert.Equal(values.Take(7), result.Columns.Take(7).Select(c => c.GetValue(0)));
        Assert.Equal(["a", "b'c"], (List<string?>)result.Columns[7].GetValue(0)!);
        Assert.Null(result.Columns[8].GetValue(0));
    }

    [Fact]
    public void ClickHouse_types_are_read_as_DuckDB_reads_its_own()
    {
        using var connection = warehouse.Connect();

        var result = connection.Query("""
            SELECT count() AS n, toUInt8(7) AS small, toInt32(-3) AS i, toDate('2026-03-02') AS d, toDate32('2026-03-03') AS d32,
                   toDateTime64('2026-03-02 10:30:00.123456', 6, 'UTC') AS t, toDecimal64(12.5, 2) AS m, toInt8(-1) AS tiny,
                   'x' AS s, toLowCardinality('y') AS lc, [1, 2]::Array(UInt32) AS list, CAST(NULL AS Nullable(Int64)) AS none, true AS b
            FROM numbers(3)
            """);

        object?[] expected = [3L, 7L, -3, new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 3), new DateTime(2026, 3, 2, 10, 30, 0).AddTicks(1234560), 12.5m, (sbyte)-1, "x", "y"];
        Assert.Equal(expected, result.Columns.Take(10).Select(c => c.GetValue(0)));
        Assert.Equal([1L, 2L], (List<long?>)result.Columns[10].GetValue(0)!);
        Assert.True(result.Columns[11].IsNull(0));
        Assert.Equal(true, result.Columns[12].GetValue(0));
        Assert.Equal(DateTimeKind.Unspecified, ((DateTime)result.Columns[5].GetValue(0)!).Kind);
    }

    public void Dispose() => warehouse.Dispose();
}
