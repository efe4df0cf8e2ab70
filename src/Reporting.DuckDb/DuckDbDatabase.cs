using DuckDB.NET.Data;

namespace Reporting.DuckDb;

/// <summary>
/// One open DuckDB database (a file or in memory): the connection factory every caller goes
/// through. Keep one per file per process and open a connection per unit of work.
/// </summary>
/// <remarks>
/// DuckDB.NET shares one native instance among connections whose "Data Source" is the same
/// string, so a path spelt two ways would open the file twice (two instances on one file corrupt
/// it). Here the path is made absolute before it reaches the package, a second open of the same
/// file in the process is refused, and one connection stays open, so the instance lives as long
/// as this object (an in-memory database's connections are duplicated from it: it has no name to share).
/// </remarks>
public sealed class DuckDbDatabase : IDisposable
{
    private static readonly HashSet<string> OpenFiles = new(StringComparer.Ordinal);
    private static readonly Lock OpenFilesGate = new();

    private readonly DuckDBConnection root;
    private readonly string? fullPath;
    private readonly string connectionString;
    private int disposed;

    private DuckDbDatabase(DuckDBConnection root, DuckDbDatabaseOptions options, string? fullPath)
    {
        this.root = root;
        Options = options;
        this.fullPath = fullPath;
        connectionString = root.ConnectionString;
    }

    public DuckDbDatabaseOptions Options { get; }

    public string Path => Options.Path;

    public static DuckDbDatabase OpenInMemory() => Open(new DuckDbDatabaseOptions());

    public static DuckDbDatabase Open(string path) => Open(new DuckDbDatabaseOptions { Path = path });

    public static DuckDbDatabase Open(DuckDbDatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var fullPath = options.IsInMemory ? null : System.IO.Path.GetFullPath(options.Path);
        Claim(fullPath);
        try
        {
            return new DuckDbDatabase(OpenRoot(options, fullPath), options, fullPath);
        }
        catch
        {
            Release(fullPath);
            throw;
        }
    }

    /// <summary>An open connection to this database; dispose it when the unit of work is done.</summary>
    public DuckDBConnection Connect()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) == 1, this);
        // DuckDB.NET duplicates only in-memory connections; a file's share the instance by its one connection string.
        return Opened(fullPath is null ? root.Duplicate() : new DuckDBConnection(connectionString));
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            root.Dispose();
            Release(fullPath);
        }
    }

    private static DuckDBConnection OpenRoot(DuckDbDatabaseOptions options, string? fullPath)
    {
        var directory = fullPath is null ? null : System.IO.Path.GetDirectoryName(fullPath);
        if (directory is not null && !options.ReadOnly)
        {
            Directory.CreateDirectory(directory);
        }
        return Opened(new DuckDBConnection(options.ConnectionString(fullPath)));
    }

    private static DuckDBConnection Opened(DuckDBConnection connection)
    {
        try
        {
            connection.Open();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void Claim(string? fullPath)
    {
        if (fullPath is null)
        {
            return;
        }
        lock (OpenFilesGate)
        {
            if (!OpenFiles.Add(fullPath))
            {
                throw new InvalidOperationException($"The database '{fullPath}' is already open in this process: " +
                    "share its DuckDbDatabase instead of opening it twice.");
            }
        }
    }

    private static void Release(string? fullPath)
    {
        if (fullPath is null)
        {
            return;
        }
        lock (OpenFilesGate)
        {
            OpenFiles.Remove(fullPath);
        }
    }
}
