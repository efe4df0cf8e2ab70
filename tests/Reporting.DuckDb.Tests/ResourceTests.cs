using Reporting.DuckDb.Native;
using Xunit.Abstractions;

namespace Reporting.DuckDb.Tests;

/// <summary>
/// Ten thousand uses of each native object leave no handle behind and no memory growth. Handles are
/// counted right after the loop, before any garbage collection, so a handle left to the finalizer
/// counts as a leak. Memory is compared between the end of the first tenth of the iterations (the
/// warm-up) and the end of the last: over 9,000 iterations a leak of 1 KiB each adds 8.8 MiB.
/// Failure paths are slow in DuckDB (exceptions, "did you mean" suggestions), so they run 2,000
/// times: the handle count stays exact, the memory bound then catches about 4.5 KiB per iteration.
/// </summary>
[Collection(NativeResourcesCollection.Name)]
public sealed class ResourceTests(ITestOutputHelper output)
{
    private const int Iterations = 10_000;
    private const int SlowIterations = 2_000;

    /// <summary>Allowed growth of the managed heap (measured: under 10 KiB): 58 bytes kept per iteration pass it.</summary>
    private const long ManagedBound = 512 * 1024;

    /// <summary>Allowed growth of the resident set (measured: up to 4 MiB of allocator noise).</summary>
    private const long ResidentBound = 8 * 1024 * 1024;

    [Fact]
    public void Opening_and_closing_connections_leaks_nothing()
    {
        using var database = DuckDbDatabase.OpenInMemory();

        AssertNoLeak(() => database.Connect().Dispose());
    }

    [Fact]
    public void Connections_from_a_connection_string_to_a_shared_file_leak_nothing()
    {
        using var directory = new TempDirectory();
        var connectionString = $"Data Source={directory.File("shared.duckdb")}";
        using var keepsTheDatabaseOpen = new DuckDbConnection(connectionString);
        keepsTheDatabaseOpen.Open();

        AssertNoLeak(() =>
        {
            using var connection = new DuckDbConnection(connectionString);
            connection.Open();
        });
    }

    [Fact]
    public void Prepared_statements_leak_nothing()
    {
        using var db = MemoryDatabase.Open();

        AssertNoLeak(() =>
        {
            using var statement = db.Connection.Prepare("SELECT $1::INTEGER + $2::INTEGER");
            statement.Bind(1, 40);
            statement.Bind(2, 2);
            Assert.Equal(42, statement.Query().Scalar());
        });
    }

    [Fact]
    public void Results_with_long_strings_leak_nothing()
    {
        using var db = MemoryDatabase.Open();

        AssertNoLeak(() =>
        {
            var result = db.Connection.Query("SELECT range AS i, 'a string longer than twelve bytes ' || range AS s FROM range(100)");
            Assert.Equal("a string longer than twelve bytes 99", result.Column<string>("s")[99]);
        });
    }

    /// <summary>
    /// Only handles are counted here: filtering with <c>= ANY(list)</c> grows DuckDB's resident memory
    /// by about 1 KiB a query even with a literal list that never passes through the binding.
    /// </summary>
    [Fact]
    public void String_list_parameters_leak_no_handles()
    {
        using var db = MemoryDatabase.Open();
        var wanted = new List<string> { "a string longer than twelve bytes 7", "a string longer than twelve bytes 99" };

        AssertNoLeak(
            () =>
            {
                var result = db.Connection.Query(
                    "SELECT count(*) FROM (SELECT 'a string longer than twelve bytes ' || range AS s FROM range(100)) WHERE s = ANY($1)", wanted);
                Assert.Equal(2L, result.Scalar());
            },
            SlowIterations,
            checkResidentMemory: false);
    }

    [Fact]
    public void Data_readers_leak_nothing()
    {
        using var db = MemoryDatabase.Open();

        AssertNoLeak(() =>
        {
            using var command = db.Connection.CreateCommand();
            command.CommandText = "SELECT range AS i, 'a string longer than twelve bytes' AS s FROM range(100)";
            using var reader = command.ExecuteReader();
            var sum = 0L;
            while (reader.Read())
            {
                sum += reader.GetInt64(0);
            }
            Assert.Equal(4950L, sum);
        });
    }

    /// <summary>
    /// Only handles are counted here: DuckDB's own error paths keep growing the resident set for
    /// their first 10,000 to 20,000 runs before levelling off (measured: a failing plain
    /// <c>INSERT</c> through duckdb_query grew it by 12 MiB over 17,500 runs, then stopped).
    /// </summary>
    [Fact]
    public void Failures_leak_no_handles()
    {
        using var db = MemoryDatabase.With("CREATE TABLE t(id INTEGER PRIMARY KEY); INSERT INTO t VALUES (1)");
        using var command = db.Connection.CreateCommand();
        command.CommandText = "SELECT [1, 2] AS list";

        AssertNoLeak(() =>
        {
            Assert.Throws<DuckDbException>(() => db.Connection.Query("SELECT * FROM nope"));
            Assert.Throws<DuckDbException>(() => db.Connection.Execute("INSERT INTO t VALUES ($1)", 1));
            Assert.Throws<DuckDbException>(() => db.Connection.Execute("INSERT INTO t VALUES (1)"));
            Assert.Throws<DuckDbException>(() => db.Connection.CreateAppender("nope"));
            // A column type the binding does not read fails after the result exists.
            Assert.Throws<NotSupportedException>(() => command.ExecuteReader());
            Assert.Throws<NotSupportedException>(() => db.Connection.Query("SELECT [1, 2] AS list"));
        }, SlowIterations, checkResidentMemory: false);
    }

    [Fact]
    public void Appenders_leak_nothing_even_when_closing_fails()
    {
        using var db = MemoryDatabase.With("CREATE TABLE t(id INTEGER PRIMARY KEY); INSERT INTO t VALUES (0)");
        var next = 1;

        AssertNoLeak(() =>
        {
            using (var appender = db.Connection.CreateAppender("t"))
            {
                appender.Append(next++).EndRow();
            }
            using var failing = db.Connection.CreateAppender("t");
            failing.Append(0).EndRow();
            Assert.Throws<DuckDbException>(failing.Close);
        }, SlowIterations);
    }

    private void AssertNoLeak(Action iteration, int iterations = Iterations, bool checkResidentMemory = true)
    {
        iteration();
        ProcessMemory.Measure();
        var handles = NativeHandle.LiveCount;

        var warmUp = iterations / 10;
        for (var i = 0; i < warmUp; i++)
        {
            iteration();
        }
        var early = ProcessMemory.Measure();
        for (var i = warmUp; i < iterations; i++)
        {
            iteration();
        }
        var leftHandles = NativeHandle.LiveCount - handles;
        var late = ProcessMemory.Measure();
        output.WriteLine($"after {warmUp}: {early}; after {iterations}: {late}");

        Assert.Equal(0, leftHandles);
        Assert.True(late.Managed - early.Managed <= ManagedBound, $"The managed heap grew from {early} to {late}.");
        Assert.True(!checkResidentMemory || late.Resident - early.Resident <= ResidentBound, $"The resident set grew from {early} to {late}.");
    }
}
