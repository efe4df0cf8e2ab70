namespace Reporting.DuckDb.Tests;

/// <summary>A cancelled token interrupts the running query (duckdb_interrupt) and surfaces as cancellation.</summary>
public sealed class CancellationTests
{
    /// <summary>10^18 rows: it never finishes on its own.</summary>
    private const string Endless = "SELECT sum(a.range * b.range) FROM range(1000000000) a CROSS JOIN range(1000000000) b";

    private static readonly TimeSpan WhileRunning = TimeSpan.FromMilliseconds(200);

    [Fact]
    public void A_prepared_query_stops_when_its_token_is_cancelled()
    {
        using var db = MemoryDatabase.Open();
        using var cancellation = new CancellationTokenSource(WhileRunning);

        Assert.ThrowsAny<OperationCanceledException>(() => db.Connection.Query(Endless, [], cancellation.Token));

        Assert.Equal(42, db.Connection.Query("SELECT 42").Scalar());
    }

    [Fact]
    public void An_unprepared_statement_stops_when_its_token_is_cancelled()
    {
        using var db = MemoryDatabase.Open();
        using var cancellation = new CancellationTokenSource(WhileRunning);

        Assert.ThrowsAny<OperationCanceledException>(() => db.Connection.Execute($"CREATE TABLE t AS {Endless}", cancellation.Token));

        Assert.Equal(0L, db.Connection.Query("SELECT count(*) FROM duckdb_tables() WHERE table_name = 't'").Scalar());
    }

    [Fact]
    public async Task A_command_stops_when_the_token_of_an_async_call_is_cancelled()
    {
        using var db = MemoryDatabase.Open();
        using var command = db.Connection.CreateCommand();
        command.CommandText = Endless;
        using var cancellation = new CancellationTokenSource(WhileRunning);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => command.ExecuteScalarAsync(cancellation.Token));
    }

    [Fact]
    public void A_token_cancelled_beforehand_stops_the_query_before_it_runs()
    {
        using var db = MemoryDatabase.With("CREATE TABLE t(id INTEGER)");
        var cancelled = new CancellationToken(canceled: true);

        Assert.ThrowsAny<OperationCanceledException>(() => db.Connection.Query("INSERT INTO t VALUES (1) RETURNING id", [], cancelled));
        Assert.ThrowsAny<OperationCanceledException>(() => db.Connection.Execute("INSERT INTO t VALUES (2)", cancelled));

        Assert.Equal(0L, db.Connection.Query("SELECT count(*) FROM t").Scalar());
    }
}
