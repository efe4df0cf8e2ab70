using Reporting.Core.Cube;
using Reporting.Core.Cube.Compiling;
using Reporting.Core.Sql;

namespace Reporting.Core.Tests.Sql;

/// <summary>The values stay one positional list; DuckDB refers to them as $n, ClickHouse as {pn:Type} typed from the value.</summary>
public sealed class ClickHousePlaceholderTests
{
    [Fact]
    public void Each_value_is_typed_from_its_CLR_type()
    {
        var parameters = new ParameterList(SqlDialect.ClickHouse);
        object?[] values =
        [
            "SMB", 5L, 7, 2.5, 12.50m, true, new DateTime(2026, 3, 2), new DateOnly(2026, 3, 2), new[] { "a", "b" }, new List<long> { 1 }, null,
        ];

        var placeholders = values.Select(parameters.Add).ToList();

        Assert.Equal(
        [
            "{p1:String}", "{p2:Int64}", "{p3:Int64}", "{p4:Float64}", "{p5:Decimal(38, 2)}", "{p6:Bool}", "{p7:DateTime64(6, 'UTC')}",
            "{p8:Date32}", "{p9:Array(String)}", "{p10:Array(Int64)}", "{p11:Nullable(String)}",
        ], placeholders);
        Assert.Equal(values, parameters.Values);
    }

    [Fact]
    public void DuckDb_numbers_its_placeholders()
    {
        var parameters = new ParameterList(SqlDialect.DuckDb);

        Assert.Equal(["$1", "$2"], new object[] { "x", 1L }.Select(parameters.Add));
    }

    [Fact]
    public void Statements_as_shown_name_each_value_as_its_placeholder_does()
    {
        CubeStatement[] statements = [new("query", "SELECT {p1:String}, {p2:Int64}", ["SMB", 3L]), new("compare", "SELECT $1", ["it's"])];

        Assert.Equal("-- query\nSELECT {p1:String}, {p2:Int64};\n-- p1 = 'SMB'\n-- p2 = 3\n-- compare\nSELECT $1;\n-- $1 = 'it''s'\n", StatementText.Of(statements));
    }

    [Fact]
    public void A_value_without_a_ClickHouse_type_is_refused()
    {
        var error = Assert.Throws<NotSupportedException>(() => new ParameterList(SqlDialect.ClickHouse).Add(TimeSpan.Zero));

        Assert.Equal("A parameter has a value of type TimeSpan, which has no ClickHouse type here.", error.Message);
    }
}
