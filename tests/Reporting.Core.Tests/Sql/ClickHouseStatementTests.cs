using Reporting.Core.Sql;

namespace Reporting.Core.Tests.Sql;

/// <summary>
/// A whole statement of the facts' readers as ClickHouse reads it: translated as a model member is,
/// each $N typed by its value, and ended by the settings that make NULLs answer as DuckDB's.
/// (FactConnectionTests runs such statements on the real engine.)
/// </summary>
public sealed class ClickHouseStatementTests
{
    private const string Settings = "\nSETTINGS join_use_nulls = 1, group_by_use_nulls = 1, cast_keep_nullable = 1";

    [Fact]
    public void Placeholders_take_the_type_of_their_value_each_time_they_appear()
    {
        var sql = SqlDialect.ClickHouse.Statement(
            "SELECT count(*) FROM t WHERE a = $1 AND (b = $2 OR $1 = '$3') AND d <= $3 AND ($4::VARCHAR IS NULL);",
            ["x", 7L, new DateOnly(2026, 1, 31), null]);

        Assert.Equal(
            "SELECT count(*) FROM t WHERE a = {p1:String} AND (b = {p2:Int64} OR {p1:String} = '$3') AND d <= {p3:Date32} AND ({p4:Nullable(String)}::VARCHAR IS NULL)" + Settings,
            sql);
    }

    [Fact]
    public void Lists_and_the_row_of_the_greatest_value_read_as_clickhouse_writes_them()
    {
        var sql = SqlDialect.ClickHouse.Statement(
            "SELECT arg_max(send_id, (sent_at, send_id)), arg_min(x, y) FROM s WHERE ($1 OR list_contains($2::VARCHAR[], id)) AND id IN (SELECT unnest($2))",
            [false, new[] { "a" }]);

        Assert.Equal(
            "SELECT argMax(send_id, (sent_at, send_id)), argMin(x, y) FROM s WHERE ({p1:Bool} OR has({p2:Array(String)}::Array(String), id)) AND id IN (SELECT arrayJoin({p2:Array(String)}))" + Settings,
            sql);
    }

    [Fact]
    public void On_duckdb_a_statement_is_left_as_written()
    {
        const string sql = "SELECT bool_or(x) FROM t WHERE a = $1";

        Assert.Same(sql, SqlDialect.DuckDb.Statement(sql, ["x"]));
    }

    [Theory]
    [InlineData("SELECT bool_or(x) FROM t", "the function bool_or() has no ClickHouse translation")]
    [InlineData("SELECT $2 FROM t", "the statement refers to $2 but is given 1 values")]
    [InlineData("SELECT $name FROM t", "the parameter $name is not positional ($1, $2 …)")]
    public void What_does_not_translate_is_refused_by_name(string sql, string message) =>
        Assert.Equal(message, Assert.Throws<SqlTranslationException>(() => SqlDialect.ClickHouse.Statement(sql, ["v"])).Message);
}
