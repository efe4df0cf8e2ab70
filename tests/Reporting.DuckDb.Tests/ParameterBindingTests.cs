namespace Reporting.DuckDb.Tests;

/// <summary>Values reach DuckDB as bound values, never as SQL text; every parameter must be bound.</summary>
public sealed class ParameterBindingTests
{
    private const string Injection = "'); DROP TABLE t; --";

    private static readonly string[] Names = ["O'Brien", "Zoë", "say \"hi\"", "x'); DROP TABLE people; --", "plain"];

    [Fact]
    public void An_injection_attempt_is_stored_verbatim_and_the_table_survives()
    {
        using var db = MemoryDatabase.With("CREATE TABLE t(id INTEGER, v VARCHAR)");

        db.Connection.Execute("INSERT INTO t VALUES ($1, $2)", 1, Injection);
        using (var statement = db.Connection.Prepare("INSERT INTO t VALUES ($id, $v)"))
        {
            statement.Bind("id", 2);
            statement.Bind("$v", Injection);
            statement.ExecuteNonQuery();
        }

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
        using var statement = db.Connection.Prepare("SELECT $a::INTEGER * 10 + $b::INTEGER + $a::INTEGER AS x");

        statement.Bind("$b", 7);
        statement.Bind("a", 3);

        Assert.Equal(2, statement.ParameterCount);
        Assert.Equal(40, statement.Query().Scalar());
    }

    [Fact]
    public void Question_marks_are_positional()
    {
        using var db = MemoryDatabase.Open();

        var result = db.Connection.Query("SELECT ?::INTEGER - ?::INTEGER AS x", 10, 3);

        Assert.Equal(7, result.Scalar());
    }

    [Fact]
    public void A_prepared_statement_runs_again_with_new_values()
    {
        using var db = MemoryDatabase.With("CREATE TABLE t(id INTEGER, v VARCHAR)");
        using (var insert = db.Connection.Prepare("INSERT INTO t VALUES ($1, $2)"))
        {
            foreach (var (id, v) in new[] { (1, "one"), (2, "two"), (3, "three") })
            {
                insert.Bind(1, id);
                insert.Bind(2, v);
                Assert.Equal(1, insert.ExecuteNonQuery());
            }
        }

        var result = db.Connection.Query("SELECT string_agg(v, ',' ORDER BY id) FROM t");

        Assert.Equal("one,two,three", result.Scalar());
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
    public void An_unbound_parameter_throws_instead_of_running_with_null()
    {
        using var db = MemoryDatabase.Open();
        using var statement = db.Connection.Prepare("SELECT $1::INTEGER + $2::INTEGER");
        statement.Bind(1, 1);

        var error = Assert.Throws<InvalidOperationException>(() => statement.Query());

        Assert.Equal("Parameter $2 of 2 was not bound.", error.Message);
    }

    [Fact]
    public void An_unknown_named_parameter_throws()
    {
        using var db = MemoryDatabase.Open();
        using var statement = db.Connection.Prepare("SELECT $a::INTEGER");

        var error = Assert.Throws<ArgumentException>(() => statement.Bind("b", 1));

        Assert.StartsWith("The statement has no parameter named $b.", error.Message);
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

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public void A_position_outside_the_statement_throws(int position)
    {
        using var db = MemoryDatabase.Open();
        using var statement = db.Connection.Prepare("SELECT $1::INTEGER");

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => statement.Bind(position, 1));

        Assert.StartsWith($"The statement has 1 parameter(s); there is no parameter ${position}.", error.Message);
    }

    [Fact]
    public void A_value_of_an_unsupported_type_throws()
    {
        using var db = MemoryDatabase.Open();

        var error = Assert.Throws<NotSupportedException>(() => db.Connection.Query("SELECT $1", new Uri("https://example.invalid")));

        Assert.Equal("Parameter $1 has a value of type Uri, which the DuckDB binding cannot bind.", error.Message);
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
