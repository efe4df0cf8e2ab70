using System.Data;

namespace Reporting.DuckDb.Tests;

/// <summary>DuckDbCommand: positional and named parameters, scalars, affected-row counts.</summary>
public sealed class AdoNetCommandTests
{
    [Fact]
    public void Unnamed_parameters_bind_in_the_order_they_were_added()
    {
        using var db = MemoryDatabase.Open();
        using var command = db.Connection.CreateCommand();
        command.CommandText = "SELECT $1::INTEGER * 10 + $2::INTEGER";
        command.Parameters.AddPositional(4);
        command.Parameters.AddPositional(2);

        Assert.Equal(42, command.ExecuteScalar());
    }

    [Fact]
    public void Numbered_parameter_names_bind_by_number_in_any_order()
    {
        using var db = MemoryDatabase.Open();
        using var command = db.Connection.CreateCommand();
        command.CommandText = "SELECT $1::VARCHAR || '-' || $2::VARCHAR";
        command.Parameters.Add("$2", "second");
        command.Parameters.Add("1", "first");

        Assert.Equal("first-second", command.ExecuteScalar());
    }

    [Fact]
    public void Named_parameters_bind_by_name_with_or_without_the_dollar()
    {
        using var db = MemoryDatabase.With("CREATE TABLE t AS SELECT range::INTEGER AS n FROM range(10)");
        using var command = db.Connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM t WHERE n BETWEEN $low AND $high";
        command.Parameters.Add("high", 7);
        command.Parameters.Add("$low", 3);

        // 3, 4, 5, 6, 7.
        Assert.Equal(5L, command.ExecuteScalar());
        Assert.True(command.Parameters.Contains("low"));
        Assert.Equal(7, command.Parameters["$high"].Value);
    }

    [Fact]
    public void A_named_parameter_the_statement_lacks_throws()
    {
        using var db = MemoryDatabase.Open();
        using var command = db.Connection.CreateCommand();
        command.CommandText = "SELECT $a::INTEGER";
        command.Parameters.Add("a", 1);
        command.Parameters.Add("b", 2);

        Assert.Throws<ArgumentException>(() => command.ExecuteScalar());
    }

    [Fact]
    public void A_parameter_left_out_throws()
    {
        using var db = MemoryDatabase.Open();
        using var command = db.Connection.CreateCommand();
        command.CommandText = "SELECT $a::INTEGER + $b::INTEGER";
        command.Parameters.Add("a", 1);

        var error = Assert.Throws<InvalidOperationException>(() => command.ExecuteScalar());

        Assert.Equal("Parameter $2 of 2 was not bound.", error.Message);
    }

    [Fact]
    public void An_injection_attempt_through_a_command_parameter_is_stored_verbatim()
    {
        using var db = MemoryDatabase.With("CREATE TABLE t(v VARCHAR)");
        const string attempt = "'); DROP TABLE t; --";

        Assert.Equal(1, Ado.NonQuery(db.Connection, "INSERT INTO t VALUES ($1)", attempt));

        Assert.Equal(attempt, Ado.Scalar(db.Connection, "SELECT v FROM t"));
    }

    [Fact]
    public void ExecuteNonQuery_returns_the_rows_changed()
    {
        using var db = MemoryDatabase.With("CREATE TABLE t(id INTEGER, v VARCHAR)");
        var connection = db.Connection;

        Assert.Equal(3, Ado.NonQuery(connection, "INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c')"));
        Assert.Equal(2, Ado.NonQuery(connection, "UPDATE t SET v = $1 WHERE id >= $2", "z", 2));
        Assert.Equal(1, Ado.NonQuery(connection, "DELETE FROM t WHERE v = 'a'"));
        Assert.Equal(0, Ado.NonQuery(connection, "DELETE FROM t WHERE id = $1", 99));
        Assert.Equal("z,z", Ado.Scalar(connection, "SELECT string_agg(v, ',') FROM t"));
    }

    [Fact]
    public void ExecuteNonQuery_without_parameters_runs_several_statements()
    {
        using var db = MemoryDatabase.Open();

        Ado.NonQuery(db.Connection, "CREATE TABLE a(x INTEGER); CREATE TABLE b(x INTEGER); INSERT INTO b VALUES (1)");

        Assert.Equal(2L, Ado.Scalar(db.Connection, "SELECT count(*) FROM duckdb_tables() WHERE table_name IN ('a', 'b')"));
        Assert.Equal(1L, Ado.Scalar(db.Connection, "SELECT count(*) FROM b"));
    }

    [Fact]
    public void ExecuteScalar_returns_the_first_value_dbnull_for_sql_null_and_null_for_no_rows()
    {
        using var db = MemoryDatabase.Open();

        Assert.Equal("first", Ado.Scalar(db.Connection, "SELECT * FROM (VALUES ('first', 1), ('second', 2)) v(s, n) ORDER BY n"));
        Assert.Equal(DBNull.Value, Ado.Scalar(db.Connection, "SELECT NULL::INTEGER"));
        Assert.Null(Ado.Scalar(db.Connection, "SELECT 1 WHERE false"));
    }

    [Fact]
    public void A_command_needs_an_open_connection()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1";

        var error = Assert.Throws<InvalidOperationException>(() => command.ExecuteScalar());

        Assert.Equal("The command needs an open connection.", error.Message);
    }

    [Fact]
    public void Only_input_text_commands_exist()
    {
        using var command = new DuckDbCommand();
        var parameter = new DuckDbParameter();

        Assert.Throws<NotSupportedException>(() => command.CommandType = CommandType.StoredProcedure);
        Assert.Throws<NotSupportedException>(() => parameter.Direction = ParameterDirection.Output);
    }
}
