using DuckDB.NET.Native;
using DuckDB.NET.Data;

namespace Reporting.DuckDb.Tests;

public sealed class DatabaseOptionsTests
{
    [Fact]
    public void Threads_and_memory_limit_reach_duckdb()
    {
        using var database = DuckDbDatabase.Open(new DuckDbDatabaseOptions { Threads = 3, MemoryLimit = "256MB" });
        using var connection = database.Connect();

        // DuckDB shows the limit in binary units: 256,000,000 B / 1,048,576 = 244.14 MiB.
        AssertSettings(connection, threads: 3, memoryLimit: "244.1 MiB", accessMode: "automatic");
    }

    [Fact]
    public void A_connection_string_carries_the_same_options()
    {
        using var database = DuckDbDatabase.Open(DuckDbDatabaseOptions.FromConnectionString("Data Source=:memory:;Threads=1;Memory Limit=1GB"));
        using var connection = database.Connect();

        // 1,000,000,000 B / 1,048,576 = 953.67 MiB.
        AssertSettings(connection, threads: 1, memoryLimit: "953.6 MiB", accessMode: "automatic");
    }

    [Fact]
    public void Connection_string_keywords_ignore_case_and_spaces()
    {
        var options = DuckDbDatabaseOptions.FromConnectionString("data source=reports.duckdb; THREADS=4; memorylimit=2GB; Read Only=True");

        Assert.Equal(new DuckDbDatabaseOptions { Path = "reports.duckdb", Threads = 4, MemoryLimit = "2GB", ReadOnly = true }, options);
        Assert.False(options.IsInMemory);
    }

    [Fact]
    public void An_unknown_connection_string_keyword_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => DuckDbDatabaseOptions.FromConnectionString("Data Source=x.duckdb;Pooling=true"));

        // DbConnectionStringBuilder hands keys over lower-cased.
        Assert.StartsWith("Unknown connection string keyword 'pooling'.", error.Message);
    }

    [Fact]
    public void A_setting_duckdb_refuses_fails_the_open()
    {
        var error = Assert.Throws<DuckDBException>(() => DuckDbDatabase.Open(new DuckDbDatabaseOptions { MemoryLimit = "lots" }));

        Assert.StartsWith("Error setting 'memory_limit' to 'lots'", error.Message);
    }

    [Fact]
    public void A_read_only_database_reads_and_refuses_writes_with_duckdbs_message()
    {
        using var directory = new TempDirectory();
        var file = directory.File("frozen.duckdb");
        using (var writable = DuckDbDatabase.Open(file))
        using (var connection = writable.Connect())
        {
            connection.Execute("CREATE TABLE t AS SELECT 1 AS id");
        }

        using var database = DuckDbDatabase.Open(new DuckDbDatabaseOptions { Path = file, ReadOnly = true });
        using var readOnly = database.Connect();

        Assert.Equal(1L, readOnly.Query("SELECT count(*) FROM t").Scalar());
        Assert.Equal("read_only", readOnly.Query("SELECT current_setting('access_mode')").Scalar());
        var insert = Assert.Throws<DuckDBException>(() => readOnly.Execute("INSERT INTO t VALUES (2)"));
        Assert.Equal(DuckDBErrorType.InvalidInput, insert.ErrorType);
        Assert.Equal("Invalid Input Error: Cannot execute statement of type \"INSERT\" on database \"frozen\" which is attached in read-only mode!", insert.Message);
        var create = Assert.Throws<DuckDBException>(() => readOnly.Execute("CREATE TABLE u(id INTEGER)"));
        Assert.Equal("Invalid Input Error: Cannot execute statement of type \"CREATE\" on database \"frozen\" which is attached in read-only mode!", create.Message);
    }

    [Fact]
    public void A_read_only_connection_string_refuses_writes_through_parameters_too()
    {
        using var directory = new TempDirectory();
        var file = directory.File("frozen.duckdb");
        using (var writable = DuckDbDatabase.Open(file))
        using (var connection = writable.Connect())
        {
            connection.Execute("CREATE TABLE t(id INTEGER)");
        }

        using var database = DuckDbDatabase.Open(DuckDbDatabaseOptions.FromConnectionString($"Data Source={file};Read Only=true"));
        using var readOnly = database.Connect();

        var error = Assert.Throws<DuckDBException>(() => readOnly.Execute("INSERT INTO t VALUES ($1)", 1));
        Assert.Contains("which is attached in read-only mode!", error.Message);
    }

    [Fact]
    public void Opening_a_missing_file_read_only_fails_with_duckdbs_message()
    {
        using var directory = new TempDirectory();
        var file = directory.File("missing.duckdb");

        var error = Assert.Throws<DuckDBException>(() => DuckDbDatabase.Open(new DuckDbDatabaseOptions { Path = file, ReadOnly = true }));

        Assert.EndsWith($"IO Error: Cannot open database \"{file}\" in read-only mode: database does not exist", error.Message);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public void A_writable_file_database_creates_its_directory()
    {
        using var directory = new TempDirectory();
        var file = System.IO.Path.Combine(directory.Path, "nested", "deeper", "new.duckdb");

        using (var database = DuckDbDatabase.Open(file))
        {
            Assert.Equal(file, database.Path);
        }

        Assert.True(File.Exists(file));
    }

    private static void AssertSettings(DuckDBConnection connection, long threads, string memoryLimit, string accessMode)
    {
        var settings = connection.Query(
            "SELECT current_setting('threads') AS threads, current_setting('memory_limit') AS memory, current_setting('access_mode') AS access");
        Assert.Equal(threads, settings.Column<long>("threads")[0]);
        Assert.Equal(memoryLimit, settings.Column<string>("memory")[0]);
        Assert.Equal(accessMode, settings.Column<string>("access")[0]);
    }
}
