using System.Runtime.InteropServices;
using Reporting.DuckDb.Native;

namespace Reporting.DuckDb;

/// <summary>
/// One open DuckDB database (a file or in memory). Keep one per file per process and open a
/// connection per unit of work; connections keep the database alive until they close.
/// </summary>
public sealed class DuckDbDatabase : IDisposable
{
    private DuckDbDatabase(DatabaseHandle handle, DuckDbDatabaseOptions options)
    {
        Handle = handle;
        Options = options;
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
        if (!options.IsInMemory)
        {
            var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(options.Path));
            if (directory is not null && !options.ReadOnly)
            {
                Directory.CreateDirectory(directory);
            }
        }
        using var config = CreateConfig(options);
        var path = options.IsInMemory ? null : options.Path;
        if (NativeMethods.duckdb_open_ext(path, out var handle, config, out var error) != DuckDbState.Success)
        {
            handle.Dispose();
            var message = Marshal.PtrToStringUTF8(error) ?? "unknown error";
            NativeMethods.duckdb_free(error);
            ThrowHelper.Throw($"Could not open DuckDB database '{options.Path}': {message}");
        }
        return new DuckDbDatabase(handle, options);
    }

    /// <summary>An open connection to this database; dispose it when the unit of work is done.</summary>
    public DuckDbConnection Connect()
    {
        var connection = new DuckDbConnection(this);
        connection.Open();
        return connection;
    }

    public void Dispose() => Handle.Dispose();

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
