using DuckDB.NET.Native;
using DuckDB.NET.Data;
using System.Data;

namespace Reporting.DuckDb.Tests;

public sealed class TransactionTests
{
    private const string Table = "CREATE TABLE t(id INTEGER PRIMARY KEY)";

    [Fact]
    public void A_commit_is_seen_by_another_connection_and_an_open_transaction_is_not()
    {
        using var db = MemoryDatabase.With(Table);
        using var other = db.Database.Connect();

        using var transaction = db.Connection.BeginTransaction();
        Insert(db.Connection, 1);
        Assert.Equal(0L, Count(other));
        Assert.Equal(1L, Count(db.Connection));

        transaction.Commit();
        Assert.Equal(1L, Count(other));
    }

    [Fact]
    public void A_rollback_discards_the_changes()
    {
        using var db = MemoryDatabase.With(Table);
        Insert(db.Connection, 1);

        using (var transaction = db.Connection.BeginTransaction())
        {
            Insert(db.Connection, 2);
            db.Connection.Execute("DELETE FROM t WHERE id = 1");
            transaction.Rollback();
        }

        Assert.Equal([1], Ids(db.Connection));
    }

    [Fact]
    public void Disposing_without_a_commit_rolls_back()
    {
        using var db = MemoryDatabase.With(Table);

        using (db.Connection.BeginTransaction())
        {
            Insert(db.Connection, 1);
        }

        Assert.Equal(0L, Count(db.Connection));
        Insert(db.Connection, 2);
        Assert.Equal([2], Ids(db.Connection));
    }

    [Fact]
    public void A_transaction_finishes_once()
    {
        using var db = MemoryDatabase.With(Table);
        var transaction = db.Connection.BeginTransaction();
        transaction.Commit();

        Assert.Throws<InvalidOperationException>(transaction.Commit);
        Assert.Throws<InvalidOperationException>(transaction.Rollback);
        transaction.Dispose();
    }

    [Fact]
    public void A_failed_statement_aborts_the_transaction_until_rollback()
    {
        using var db = MemoryDatabase.With(Table);
        Insert(db.Connection, 1);
        using var transaction = db.Connection.BeginTransaction();
        Insert(db.Connection, 2);

        Assert.Throws<DuckDBException>(() => Insert(db.Connection, 1));
        var aborted = Assert.Throws<DuckDBException>(() => Insert(db.Connection, 3));

        Assert.Equal(DuckDBErrorType.Transaction, aborted.ErrorType);
        Assert.StartsWith("TransactionContext Error: Current transaction is aborted (please ROLLBACK)", aborted.Message);
        transaction.Rollback();
        Assert.Equal([1], Ids(db.Connection));
    }

    [Theory]
    [InlineData(IsolationLevel.ReadCommitted)]
    [InlineData(IsolationLevel.ReadUncommitted)]
    public void Weaker_isolation_levels_are_refused(IsolationLevel level)
    {
        using var db = MemoryDatabase.Open();

        var error = Assert.Throws<ArgumentException>(() => ((System.Data.Common.DbConnection)db.Connection).BeginTransaction(level));

        Assert.StartsWith($"Unsupported isolation level: {level}", error.Message);
    }

    [Fact]
    public void A_reopened_file_database_holds_committed_rows_only()
    {
        using var directory = new TempDirectory();
        var file = directory.File("ledger.duckdb");
        using (var database = DuckDbDatabase.Open(file))
        using (var connection = database.Connect())
        {
            connection.Execute(Table);
            using (var committed = connection.BeginTransaction())
            {
                Insert(connection, 1);
                Insert(connection, 2);
                committed.Commit();
            }
            using (var rolledBack = connection.BeginTransaction())
            {
                Insert(connection, 3);
                rolledBack.Rollback();
            }
            using (connection.BeginTransaction())
            {
                Insert(connection, 4);
            }
        }

        using var reopened = DuckDbDatabase.Open(file);
        using var reader = reopened.Connect();
        Assert.Equal([1, 2], Ids(reader));
    }

    private static void Insert(DuckDBConnection connection, int id) => connection.Execute("INSERT INTO t VALUES ($1)", id);

    private static object? Count(DuckDBConnection connection) => connection.Query("SELECT count(*) FROM t").Scalar();

    private static int[] Ids(DuckDBConnection connection) =>
        connection.Query("SELECT id FROM t ORDER BY id").Column<int>("id").Values.ToArray();
}
