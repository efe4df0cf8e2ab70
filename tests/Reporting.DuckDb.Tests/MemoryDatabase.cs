using DuckDB.NET.Data;

namespace Reporting.DuckDb.Tests;

/// <summary>A fresh in-memory database with one open connection, owned by one test.</summary>
internal sealed class MemoryDatabase : IDisposable
{
    private MemoryDatabase(DuckDbDatabase database)
    {
        Database = database;
        Connection = database.Connect();
    }

    public DuckDbDatabase Database { get; }

    public DuckDBConnection Connection { get; }

    public static MemoryDatabase Open() => new(DuckDbDatabase.OpenInMemory());

    /// <summary>A fresh database with <paramref name="setupSql"/> already run.</summary>
    public static MemoryDatabase With(string setupSql)
    {
        var database = Open();
        database.Connection.Execute(setupSql);
        return database;
    }

    public void Dispose()
    {
        Connection.Dispose();
        Database.Dispose();
    }
}
