using DuckDB.NET.Native;
using DuckDB.NET.Data;

namespace Reporting.DuckDb.Tests;

/// <summary>One DuckDbDatabase per file per process: a second instance on one file would corrupt it.</summary>
public sealed class SingleInstanceTests
{
    [Fact]
    public void Opening_a_file_that_is_already_open_is_refused_until_the_first_is_disposed()
    {
        using var directory = new TempDirectory();
        var path = directory.File("one.duckdb");
        var first = DuckDbDatabase.Open(path);

        // DuckDB.NET alone would open a second instance for the second spelling of the path.
        var error = Assert.Throws<InvalidOperationException>(() => DuckDbDatabase.Open(Path.Combine(directory.Path, ".", "one.duckdb")));
        first.Dispose();
        using var second = DuckDbDatabase.Open(path);

        Assert.Contains($"'{path}' is already open in this process", error.Message);
        using var connection = second.Connect();
        Assert.Equal(1, connection.Query("SELECT 1 AS one").Column<int>("one")[0]);
    }

    [Fact]
    public void In_memory_databases_are_independent()
    {
        using var a = DuckDbDatabase.OpenInMemory();
        using var b = DuckDbDatabase.OpenInMemory();
        using var ca = a.Connect();
        using var cb = b.Connect();

        ca.Execute("CREATE TABLE t (x INTEGER)");

        Assert.Throws<DuckDBException>(() => cb.Query("SELECT * FROM t"));
    }
}
