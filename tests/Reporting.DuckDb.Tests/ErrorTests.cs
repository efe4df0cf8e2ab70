using DuckDB.NET.Native;
using DuckDB.NET.Data;

namespace Reporting.DuckDb.Tests;

/// <summary>
/// DuckDB's own message and error class reach the caller on every path that runs SQL. DuckDB.NET
/// reports errors found before a statement runs as Invalid; <see cref="DuckDbErrors.ErrorClass"/>
/// names their class.
/// </summary>
public sealed class ErrorTests
{
    private const string Schema = """
        CREATE TABLE t(id INTEGER PRIMARY KEY, v INTEGER NOT NULL CHECK (v > 0));
        INSERT INTO t VALUES (1, 1);
        """;

    private const string DuplicateKey = "Constraint Error: Duplicate key \"id: 1\" violates primary key constraint.";
    private const string NotNull = "Constraint Error: NOT NULL constraint failed: t.v";
    private const string Check = "Constraint Error: CHECK constraint failed on table t with expression CHECK((v > 0))";

    /// <summary>How a statement is run.</summary>
    public enum Path
    {
        /// <summary>A reader, read into typed columns.</summary>
        Query,

        /// <summary>ExecuteNonQuery.</summary>
        Execute,

        /// <summary>The statement check alone: only what DuckDB checks before running.</summary>
        Check,
    }

    public static TheoryData<Path> AllPaths => [Path.Query, Path.Execute, Path.Check];

    public static TheoryData<Path, object?, object?, string> Violations => new()
    {
        { Path.Query, 1, 2, DuplicateKey },
        { Path.Execute, 1, 2, DuplicateKey },
        { Path.Query, 2, null, NotNull },
        { Path.Execute, 2, null, NotNull },
        { Path.Query, 3, 0, Check },
        { Path.Execute, 3, 0, Check },
    };

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void A_syntax_error_is_a_parser_error(Path path)
    {
        var error = RunAndFail(path, "SELEC 1");

        Assert.Equal(DuckDBErrorType.Parser, error.ErrorClass());
        Assert.StartsWith("Parser Error: syntax error at or near \"SELEC\"", error.Message);
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void An_unknown_table_is_a_catalog_error(Path path)
    {
        var error = RunAndFail(path, "SELECT * FROM nope");

        Assert.Equal(DuckDBErrorType.Catalog, error.ErrorClass());
        Assert.StartsWith("Catalog Error: Table with name nope does not exist!", error.Message);
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void An_unknown_column_is_a_binder_error(Path path)
    {
        var error = RunAndFail(path, "SELECT nope FROM t");

        Assert.Equal(DuckDBErrorType.Binder, error.ErrorClass());
        Assert.StartsWith("Binder Error: Referenced column \"nope\" not found in FROM clause!", error.Message);
    }

    [Theory]
    [MemberData(nameof(Violations))]
    public void A_constraint_violation_is_a_constraint_error(Path path, object? id, object? v, string message)
    {
        using var db = MemoryDatabase.With(Schema);

        var error = Assert.Throws<DuckDBException>(() => _ = path == Path.Execute
            ? db.Connection.Execute($"INSERT INTO t VALUES ({Literal(id)}, {Literal(v)})")
            : db.Connection.Execute("INSERT INTO t VALUES ($1, $2)", id, v));

        Assert.Equal(DuckDBErrorType.Constraint, error.ErrorType);
        Assert.Equal(message, error.Message);
        AssertTableHoldsOnlyTheFirstRow(db.Connection);
    }

    [Theory]
    [InlineData(1, 2, "Duplicate key \"id: 1\" violates primary key constraint.")]
    [InlineData(2, null, "NOT NULL constraint failed: t.v")]
    [InlineData(3, 0, "CHECK constraint failed on table t with expression CHECK((v > 0))")]
    public void A_constraint_violation_surfaces_when_the_appender_closes(int id, int? v, string message)
    {
        using var db = MemoryDatabase.With(Schema);
        var appender = db.Connection.CreateCheckedAppender("t");
        appender.Append(10).Append(10).EndRow();
        appender.Append(id).Append(v).EndRow();

        var error = Assert.Throws<DuckDBException>(appender.Close);

        Assert.Equal(DuckDBErrorType.Constraint, error.ErrorType);
        Assert.EndsWith(message, error.Message);
        appender.Dispose();
        AssertTableHoldsOnlyTheFirstRow(db.Connection);
    }

    [Fact]
    public void An_appender_for_an_unknown_table_names_it()
    {
        using var db = MemoryDatabase.Open();

        var error = Assert.Throws<InvalidOperationException>(() => db.Connection.CreateCheckedAppender("nope"));

        Assert.Equal("Cannot append to 'nope': there is no such table.", error.Message);
    }

    [Fact]
    public void The_package_reports_a_catalog_error_as_invalid_and_its_class_is_read_from_the_message()
    {
        using var db = MemoryDatabase.Open();

        var error = Assert.Throws<DuckDBException>(() => db.Connection.Query("SELECT * FROM nope"));

        Assert.Equal(DuckDBErrorType.Invalid, error.ErrorType);
        Assert.Equal(DuckDBErrorType.Catalog, error.ErrorClass());
    }

    [Fact]
    public void A_value_the_column_cannot_hold_fails_when_appended()
    {
        using var db = MemoryDatabase.With(Schema);
        using var appender = db.Connection.CreateCheckedAppender("t");

        var error = Assert.Throws<InvalidCastException>(() => appender.Append("abc"));

        Assert.Equal("Column 'id' of 't' is INTEGER; a String (abc) cannot be appended to it.", error.Message);
    }

    [Fact]
    public void Ending_a_row_early_throws()
    {
        using var db = MemoryDatabase.With(Schema);
        using var appender = db.Connection.CreateCheckedAppender("t");
        appender.Append(5);

        var error = Assert.Throws<InvalidOperationException>(appender.EndRow);

        Assert.Equal("A row of 't' has 2 column(s); 1 value(s) were appended.", error.Message);
    }

    /// <summary>DuckDB.NET's DbCommand.Prepare() does nothing; the statement check binds without running.</summary>
    [Fact]
    public void Checking_a_statement_finds_its_errors_without_running_it()
    {
        using var db = MemoryDatabase.With(Schema);
        using var command = db.Connection.CreateCommand();
        command.CommandText = "SELECT nope FROM t";
        command.Prepare();

        db.Connection.CheckStatement("INSERT INTO t VALUES ($1, 5)");
        db.Connection.CheckStatement("INSERT INTO t VALUES ($1, 5)");
        var error = Assert.Throws<DuckDBException>(() => db.Connection.CheckStatement(command.CommandText));

        Assert.Equal(DuckDBErrorType.Binder, error.ErrorClass());
        AssertTableHoldsOnlyTheFirstRow(db.Connection);
    }

    [Fact]
    public void A_failed_statement_leaves_the_connection_usable()
    {
        using var db = MemoryDatabase.With(Schema);

        Assert.Throws<DuckDBException>(() => db.Connection.Execute("INSERT INTO t VALUES (1, 1)"));
        Assert.Throws<DuckDBException>(() => db.Connection.Query("SELEC 1"));

        Assert.Equal(42, db.Connection.Query("SELECT 42").Scalar());
    }

    [Fact]
    public void A_runtime_error_carries_its_own_class()
    {
        using var db = MemoryDatabase.Open();

        var error = Assert.Throws<DuckDBException>(() => db.Connection.Query("SELECT CAST($1 AS INTEGER)", "abc"));

        Assert.Equal(DuckDBErrorType.Conversion, error.ErrorType);
        Assert.StartsWith("Conversion Error: Could not convert string 'abc' to INT32", error.Message);
    }

    private static DuckDBException RunAndFail(Path path, string sql)
    {
        using var db = MemoryDatabase.With(Schema);
        return Assert.Throws<DuckDBException>(() =>
        {
            switch (path)
            {
                case Path.Query:
                    db.Connection.Query(sql);
                    break;
                case Path.Execute:
                    db.Connection.Execute(sql);
                    break;
                case Path.Check:
                    db.Connection.CheckStatement(sql);
                    break;
            }
        });
    }

    private static string Literal(object? value) => value?.ToString() ?? "NULL";

    private static void AssertTableHoldsOnlyTheFirstRow(DuckDBConnection connection)
    {
        var rows = connection.Query("SELECT id, v FROM t");
        Assert.Equal(1, rows.RowCount);
        Assert.Equal((1, 1), (rows.Column<int>("id")[0], rows.Column<int>("v")[0]));
    }
}
