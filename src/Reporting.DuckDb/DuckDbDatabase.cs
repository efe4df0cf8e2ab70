using System.Runtime.InteropServices;
using Reporting.DuckDb.Native;

namespace Reporting.DuckDb;

/// <summary>
/// One open DuckDB database (a file or in memory). Keep one per file per process and open a
/// connection per unit of work; connections keep the database alive until they close.
/// </summary>
public sealed class DuckDbDatabase : IDisposable
{
    // Files open in this process: a second instance on the same file would corrupt it, since
    // DuckDB's file lock does not guard against the process that holds it.
    private static readonly HashSet<string> OpenFiles = new(StringComparer.Ordinal);
    private static readonly Lock OpenFilesGate = new();

    private readonly string? fullPath;
    private int disposed;

    private DuckDbDatabase(DatabaseHandle handle, DuckDbDatabaseOptions options, string? fullPath)
    {
        Handle = handle;
        Options = options;
        this.fullPath = fullPath;
    }

    public DuckDbDatabaseOptions Options { get; }

    public string Path => Options.Path;

    internal DatabaseHandle Handle { get; }

    public static DuckDbDatabase OpenInMemory() => Open(new DuckDbDatabaseOptions());

    public static DuckDbDatabase Open(string path) => Open(new DuckDbDatabaseOptions { Path = path });

    public static DuckDbDatabase Open(DuckDbDatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        DuckDbEngine.EnsureCompatible();
        var fullPath = options.IsInMemory ? null : System.IO.Path.GetFullPath(options.Path);
        if (fullPath is not null)
        {
            Claim(fullPath);
        }
        try
        {
            return new DuckDbDatabase(OpenNative(options, fullPath), options, fullPath);
        }
        catch
        {
            Release(fullPath);
            throw;
        }
    }

    /// <summary>An open connection to this database; dispose it when the unit of work is done.</summary>
    public DuckDbConnection Connect()
    {
        var connection = new DuckDbConnection(this);
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            Handle.Dispose();
            Release(fullPath);
        }
    }

    private static DatabaseHandle OpenNative(DuckDbDatabaseOptions options, string? fullPath)
    {
        var directory = fullPath is null ? null : System.IO.Path.GetDirectoryName(fullPath);
        if (directory is not null && !options.ReadOnly)
        {
            Directory.CreateDirectory(directory);
        }
        using var config = CreateConfig(options);
        if (NativeMethods.duckdb_open_ext(fullPath, out var handle, config, out var error) != DuckDbState.Success)
        {
            handle.Dispose();
            var message = Marshal.PtrToStringUTF8(error) ?? "unknown error";
            NativeMethods.duckdb_free(error);
            ThrowHelper.Throw($"Could not open DuckDB database '{options.Path}': {message}");
        }
        return handle;
    }

    private static void Claim(string fullPath)
    {
        lock (OpenFilesGate)
        {
            if (!OpenFiles.Add(fullPath))
            {
                ThrowHelper.Throw($"The database '{fullPath}' is already open in this process: share its DuckDbDatabase " +
                    "(or open connections with \"Data Source=...\", which share one) instead of opening it twice.", DuckDbErrorType.Connection);
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

    private static ConfigHandle CreateConfig(DuckDbDatabaseOptions options)
    {
        if (NativeMethods.duckdb_create_config(out var config) != DuckDbState.Success)
        {
            config.Dispose();
            ThrowHelper.Throw("DuckDB could not allocate a configuration.");
        }
        foreach (var (name, value) in options.NativeSettings())
        {
            if (NativeMethods.duckdb_set_config(config, name, value) != DuckDbState.Success)
            {
                config.Dispose();
                ThrowHelper.Throw($"DuckDB rejected the setting {name}='{value}'.", DuckDbErrorType.Settings);
            }
        }
        return config;
    }
}
