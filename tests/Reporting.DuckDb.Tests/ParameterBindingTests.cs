using DuckDB.NET.Data;

namespace Reporting.DuckDb.Tests;

/// <summary>
/// Values reach DuckDB as bound values, never as SQL text; every parameter must be bound, and a
/// value the statement does not ask for throws (DuckDB.NET alone would ignore it).
/// </summary>
public sealed class ParameterBindingTests
{
    private const string Injection = "'); DROP TABLE t; --";

    private static readonly string[] Names = ["O'Brien", "Zoë", "say \"hi\"", "x'); DROP TABLE people; --", "plain"];

    [Fact]
    public void An_injection_attempt_is_stored_verbatim_and_the_table_survives()
    {
        using var db = MemoryDatabase.With("CREATE TABLE t(id INTEGER, v VARCHAR)");

        db.Connection.Execute("INSERT INTO t VALUES ($1, $2)", 1, Injection);
        db.Connection.Execute("INSERT INTO t VALUES ($id, $v)", new DuckDBParameter("id", 2), new DuckDBParameter("$v", Injection));

        var result = db.Connection.Query("SELECT v FROM t WHERE v = $1 ORDER BY id", Injection);
        Assert.Equal([Injection, Injection], result.Column<string>("v").Values.ToArray());
        Assert.Equal(1L, db.Connection.Query("SELECT count(*) FROM duckdb_tables() WHERE table_name = 't'").Scalar());
    }

    [Theory]
    [InlineData("SELECT name FROM people WHERE name = ANY($1) ORDER BY name")]
    [InlineData("SELECT name FROM people WHERE name IN (SELECT unnest($1)) ORDER BY name")]
    public void A_list_of_strings_filters_by_membership(string sql)
    {
        using var db = PeopleDatabase();

        var result = db.Connection.Query(sql, new List<string> { "O'Brien", "Zoë", "x'); DROP TABLE people; --", "nobody" });

        // Byte order: 'O' (0x4F) < 'Z' (0x5A) < 'x' (0x78).
        Assert.Equal(["O'Brien", "Zoë", "x'); DROP TABLE people; --"], result.Column<string>("name").Values.ToArray());
        Assert.Equal(5L, db.Connection.Query("SELECT count(*) FROM people").Scalar());
    }

    [Fact]
    public void An_empty_list_matches_nothing()
    {
        using var db = PeopleDatabase();

        var result = db.Connection.Query("SELECT count(*) FROM people WHERE name = ANY($1)", new List<string>());

        Assert.Equal(0L, result.Scalar());
    }

    [Fact]
    public void A_string_array_is_one_list_parameter_when_wrapped()
    {
        using var db = PeopleDatabase();

        // Query's params object?[] would spread a bare string[] into separate parameters.
        var result = db.Connection.Query("SELECT count(*) FROM people WHERE name = ANY($1)", new object?[] { new[] { "plain", "Zoë" } });

        Assert.Equal(2L, result.Scalar());
    }

    [Fact]
    public void A_list_of_ten_thousand_values_binds()
    {
        using var db = MemoryDatabase.Open();
        var wanted = Enumerable.Range(0, 10_000).Select(i => $"v{i * 2}").ToList();

        var result = db.Connection.Query("SELECT count(*) FROM range(100000) WHERE 'v' || range = ANY($1)", wanted);

        Assert.Equal(10_000L, result.Scalar());
    }

    [Fact]
    public void Named_parameters_bind_by_name_and_repeat()
    {
        using var db = MemoryDatabase.Open();

        var result = db.Connection.Query("SELECT $a::INTEGER * 10 + $b::INTEGER + $a::INTEGER AS x", new DuckDBParameter("$b", 7), new DuckDBParameter("a", 3));

        Assert.Equal(40, result.Scalar());
    }

    [Fact]
    public void Question_marks_are_positional()
    {
        using var db = MemoryDatabase.Open();

        var result = db.Connection.Query("SELECT ?::INTEGER - ?::INTEGER AS x", 10, 3);

        Assert.Equal(7, result.Scalar());
    }

    [Fact]
    public void Null_and_dbnull_bind_sql_null()
    {
        using var db = MemoryDatabase.Open();

        var result = db.Connection.Query("SELECT $1 IS NULL AS a, $2::INTEGER IS NULL AS b", null, DBNull.Value);

        Assert.True(result.Column<bool>("a")[0]);
        Assert.True(result.Column<bool>("b")[0]);
    }

    [Fact]
    public void Decimals_bind_exactly()
    {
        using var db = MemoryDatabase.Open();

        var result = db.Connection.Query("SELECT ($1 + $2)::VARCHAR AS text, $1 + $2 = 0.3 AS exact", 0.1m, 0.2m);

        Assert.Equal("0.3", result.Column<string>("text")[0]);
        Assert.True(result.Column<bool>("exact")[0]);
    }

    [Fact]
    public void A_named_parameter_left_out_throws_instead_of_running_with_null()
    {
        using var db = MemoryDatabase.Open();

        var error = Assert.Throws<ArgumentException>(() => db.Connection.Query("SELECT $a::INTEGER + $b::INTEGER", new DuckDBParameter("a", 1)));

        Assert.StartsWith("Parameter $b was not given a value.", error.Message);
    }

    [Fact]
    public void A_misspelt_named_parameter_throws_even_beside_the_right_one()
    {
        using var db = MemoryDatabase.Open();

        // DuckDB.NET binds $a and ignores $b silently; the helper refuses the value no parameter takes.
        var error = Assert.Throws<ArgumentException>(() => db.Connection.Query("SELECT $a::INTEGER", new DuckDBParameter("a", 1), new DuckDBParameter("b", 2)));

        Assert.StartsWith("The statement has no parameter named $b.", error.Message);
    }

    [Theory]
    [InlineData("SELECT '$1' || $1::VARCHAR -- $2", 1)]
    [InlineData("SELECT \"$x\", $$ ? $3 $$ || $1 FROM (SELECT 1 AS \"$x\") /* ? $2 */", 1)]
    [InlineData("SELECT ? + ? + 0", 2)]
    public void Parameters_in_strings_identifiers_and_comments_are_not_counted(string sql, int values)
    {
        using var db = MemoryDatabase.Open();

        var error = Assert.Throws<ArgumentException>(() => db.Connection.Query(sql, Enumerable.Repeat<object?>(1, values + 1).ToArray()));

        Assert.StartsWith($"The statement takes {values} parameter(s) but {values + 1} value(s) were given.", error.Message);
    }

    [Theory]
    [InlineData(new object[] { 1 }, "The statement takes 2 parameter(s) but 1 value(s) were given.")]
    [InlineData(new object[] { 1, 2, 3 }, "The statement takes 2 parameter(s) but 3 value(s) were given.")]
    public void A_wrong_number_of_values_throws(object[] values, string message)
    {
        using var db = MemoryDatabase.Open();

        var error = Assert.Throws<ArgumentException>(() => db.Connection.Query("SELECT $1::INTEGER + $2::INTEGER", values));

        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public void A_value_of_an_unsupported_type_throws()
    {
        using var db = MemoryDatabase.Open();

        var error = Assert.Throws<NotSupportedException>(() => db.Connection.Query("SELECT $1", new Uri("https://example.invalid")));

        Assert.Equal("A parameter has a value of type Uri, which cannot be bound.", error.Message);
    }

    private static MemoryDatabase PeopleDatabase()
    {
        var db = MemoryDatabase.With("CREATE TABLE people(name VARCHAR)");
        foreach (var name in Names)
        {
            db.Connection.Execute("INSERT INTO people VALUES ($1)", name);
        }
        return db;
    }
}
