namespace Reporting.DuckDb.Tests;

/// <summary>DuckDB's own message and error class reach the caller on every path that runs SQL.</summary>
public sealed class ErrorTests
{
    private const string Schema = """
        CREATE TABLE t(id INTEGER PRIMARY KEY, v INTEGER NOT NULL CHECK (v > 0));
        INSERT INTO t VALUES (1, 1);
        """;

    private const string DuplicateKey = "Constraint Error: Duplicate key \"id: 1\" violates primary key constraint.";
    private const string NotNull = "Constraint Error: NOT NULL constraint failed: t.v";
    private const string Check = "Constraint Error: CHECK constraint failed on table t with expression CHECK((v > 0))";

    /// <summary>How a statement is run: each goes through a different part of the C API.</summary>
    public enum Path
    {
        /// <summary>duckdb_prepare, duckdb_execute_prepared, chunks.</summary>
        Query,

        /// <summary>duckdb_query.</summary>
        Execute,

        /// <summary>duckdb_prepare alone: only what DuckDB checks before running.</summary>
        Prepare,
    }

    public static TheoryData<Path> AllPaths => [Path.Query, Path.Execute, Path.Prepare];

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

        Assert.Equal(DuckDbErrorType.Parser, error.ErrorType);
        Assert.StartsWith("Parser Error: syntax error at or near \"SELEC\"", error.Message);
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void An_unknown_table_is_a_catalog_error(Path path)
    {
        var error = RunAndFail(path, "SELECT * FROM nope");

        Assert.Equal(DuckDbErrorType.Catalog, error.ErrorType);
        Assert.StartsWith("Catalog Error: Table with name nope does not exist!", error.Message);
    }

    [Theory]
    [MemberData(nameof(AllPaths))]
    public void An_unknown_column_is_a_binder_error(Path path)
    {
        var error = RunAndFail(path, "SELECT nope FROM t");

        Assert.Equal(DuckDbErrorType.Binder, error.ErrorType);
        Assert.StartsWith("Binder Error: Referenced column \"nope\" not found in FROM clause!", error.Message);
    }

    [Theory]
    [MemberData(nameof(Violations))]
    public void A_constraint_violation_is_a_constraint_error(Path path, object? id, object? v, string message)
    {
        using var db = MemoryDatabase.With(Schema);

        var error = Assert.Throws<DuckDbException>(() => _ = path == Path.Execute
            ? db.Connection.Execute($"INSERT INTO t VALUES ({Literal(id)}, {Literal(v)})")
            : db.Connection.Execute("INSERT INTO t VALUES ($1, $2)", id, v));

        Assert.Equal(DuckDbErrorType.Constraint, error.ErrorType);
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
        var appender = db.Connection.CreateAppender("t");
        appender.Append(10).Append(10).EndRow();
        appender.Append(id).Append(v).EndRow();

        var error = Assert.Throws<DuckDbException>(appender.Close);

        Assert.Equal(DuckDbErrorType.Constraint, error.ErrorType);
        Assert.EndsWith(message, error.Message);
        appender.Dispose();
        AssertTableHoldsOnlyTheFirstRow(db.Connection);
    }

    [Fact]
    public void An_appender_for_an_unknown_table_is_a_catalog_error()
    {
        using var db = MemoryDatabase.Open();

        var error = Assert.Throws<DuckDbException>(() => db.Connection.CreateAppender("nope"));

        Assert.Equal(DuckDbErrorType.Catalog, error.ErrorType);
        Assert.Contains("Table \".main.nope\" could not be found", error.Message);
    }

    [Fact]
    public void A_value_the_column_cannot_hold_fails_when_appended()
    {
        using var db = MemoryDatabase.With(Schema);
        using var appender = db.Connection.CreateAppender("t");

        var error = Assert.Throws<DuckDbException>(() => appender.Append("abc"));

        // DuckDB's appender reports the failed cast as invalid input, not as a conversion error.
        Assert.Equal(DuckDbErrorType.InvalidInput, error.ErrorType);
        Assert.Contains("Could not convert string 'abc' to INT32", error.Message);
    }

    [Fact]
    public void Ending_a_row_early_throws()
    {
        using var db = MemoryDatabase.With(Schema);
        using var appender = db.Connection.CreateAppender("t");
        appender.Append(5);

        var error = Assert.Throws<DuckDbException>(appender.EndRow);

        Assert.Contains("Call to EndRow before all columns have been appended to!", error.Message);
    }

    [Fact]
    public void A_failed_statement_leaves_the_connection_usable()
    {
        using var db = MemoryDatabase.With(Schema);

        Assert.Throws<DuckDbException>(() => db.Connection.Execute("INSERT INTO t VALUES (1, 1)"));
        Assert.Throws<DuckDbException>(() => db.Connection.Query("SELEC 1"));

        Assert.Equal(42, db.Connection.Query("SELECT 42").Scalar());
    }

    [Fact]
    public void A_runtime_error_carries_its_own_class()
    {
        using var db = MemoryDatabase.Open();

        var error = Assert.Throws<DuckDbException>(() => db.Connection.Query("SELECT CAST($1 AS INTEGER)", "abc"));

        Assert.Equal(DuckDbErrorType.Conversion, error.ErrorType);
        Assert.StartsWith("Conversion Error: Could not convert string 'abc' to INT32", error.Message);
    }

    private static DuckDbException RunAndFail(Path path, string sql)
    {
        using var db = MemoryDatabase.With(Schema);
        return Assert.Throws<DuckDbException>(() =>
        {
            switch (path)
            {
                case Path.Query:
                    db.Connection.Query(sql);
                    break;
                case Path.Execute:
                    db.Connection.Execute(sql);
                    break;
                case Path.Prepare:
                    db.Connection.Prepare(sql).Dispose();
                    break;
            }
        });
    }

    private static string Literal(object? value) => value?.ToString() ?? "NULL";

    private static void AssertTableHoldsOnlyTheFirstRow(DuckDbConnection connection)
    {
        var rows = connection.Query("SELECT id, v FROM t");
        Assert.Equal(1, rows.RowCount);
        Assert.Equal((1, 1), (rows.Column<int>("id")[0], rows.Column<int>("v")[0]));
    }
}
