using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Reporting.DuckDb.Native;

namespace Reporting.DuckDb;

/// <summary>
/// A connection to a DuckDB database: ADO.NET's <see cref="DbConnection"/> for ordinary code, plus
/// a columnar API (<see cref="Query"/>, <see cref="Prepare"/>, <see cref="CreateAppender"/>).
/// A connection is used by one thread at a time.
/// </summary>
public sealed class DuckDbConnection : DbConnection
{
    private DuckDbDatabase? database;
    private SharedDatabases.Lease? lease;
    private ConnectionHandle? handle;
    private string connectionString;

    /// <summary>A connection to an already open database (which it does not own).</summary>
    public DuckDbConnection(DuckDbDatabase database)
    {
        this.database = database;
        connectionString = $"Data Source={database.Path}";
    }

    /// <summary>A connection that opens "Data Source=..." itself, sharing one database per file in the process.</summary>
    public DuckDbConnection(string connectionString) => this.connectionString = connectionString;

    [AllowNull]
    public override string ConnectionString
    {
        get => connectionString;
        set
        {
            if (State != ConnectionState.Closed)
            {
                throw new InvalidOperationException("The connection string cannot change while the connection is open.");
            }
            connectionString = value ?? "";
        }
    }

    public override string Database => "main";

    public override string DataSource => database?.Path ?? DuckDbDatabaseOptions.FromConnectionString(connectionString).Path;

    public override string ServerVersion => DuckDbEngine.Version;

    public override ConnectionState State => handle is null ? ConnectionState.Closed : ConnectionState.Open;

    internal ConnectionHandle Handle => handle ?? throw new InvalidOperationException("The connection is not open.");

    public override void Open()
    {
        if (handle is not null)
        {
            return;
        }
        if (database is null)
        {
            lease = SharedDatabases.Acquire(DuckDbDatabaseOptions.FromConnectionString(connectionString));
            database = lease.Database;
        }
        if (NativeMethods.duckdb_connect(database.Handle, out var connected) != DuckDbState.Success)
        {
            connected.Dispose();
            var path = database.Path;
            Close();
            ThrowHelper.Throw($"Could not connect to DuckDB database '{path}'.", DuckDbErrorType.Connection);
        }
        handle = connected;
    }

    public override void Close()
    {
        handle?.Dispose();
        handle = null;
        if (lease is not null)
        {
            lease.Dispose();
            lease = null;
            database = null;
        }
    }

    /// <summary>Runs SQL without parameters (several statements allowed); returns the rows the last one changed.</summary>
    public unsafe long Execute(string sql, CancellationToken cancellationToken = default)
    {
        using var result = new ResultHandle();
        using (InterruptOn(cancellationToken))
        {
            if (NativeMethods.duckdb_query(Handle, sql, result.Pointer) != DuckDbState.Success)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ThrowHelper.ThrowNative(NativeMethods.duckdb_result_error(result.Pointer), "the query failed",
                    NativeMethods.duckdb_result_error_type(result.Pointer));
            }
        }
        return (long)NativeMethods.duckdb_rows_changed(result.Pointer);
    }

    /// <summary>Runs one statement with positional parameters ($1, $2 … or ?); returns the rows it changed.</summary>
    public long Execute(string sql, params object?[] parameters)
    {
        using var statement = Prepare(sql);
        statement.BindAll(parameters);
        return statement.ExecuteNonQuery();
    }

    /// <summary>Runs one query with positional parameters and reads every row into typed columns.</summary>
    public DuckDbResultSet Query(string sql, params object?[] parameters) => Query(sql, parameters, CancellationToken.None);

    public DuckDbResultSet Query(string sql, IReadOnlyList<object?> parameters, CancellationToken cancellationToken)
    {
        using var statement = Prepare(sql);
        statement.BindAll(parameters);
        return statement.Query(cancellationToken);
    }

    public DuckDbPreparedStatement Prepare(string sql) => new(this, sql);

    /// <summary>A bulk appender into <paramref name="table"/>; close it to learn of errors.</summary>
    public DuckDbAppender CreateAppender(string table, string? schema = null) => new(this, schema, table);

    public new DuckDbTransaction BeginTransaction() => (DuckDbTransaction)BeginDbTransaction(IsolationLevel.Unspecified);

    public new DuckDbCommand CreateCommand() => new() { Connection = this };

    /// <summary>Asks DuckDB to stop the query running on this connection; it then fails as cancelled.</summary>
    public void Interrupt()
    {
        if (handle is { IsClosed: false } open)
        {
            NativeMethods.duckdb_interrupt(open);
        }
    }

    /// <summary>
    /// How far the query running on this connection is, for progress bars; null when DuckDB has no
    /// estimate. DuckDB tracks progress only with <c>SET enable_progress_bar = true</c>.
    /// </summary>
    public DuckDbQueryProgress? QueryProgress()
    {
        if (handle is not { IsClosed: false } open)
        {
            return null;
        }
        var progress = NativeMethods.duckdb_query_progress(open);
        return progress.Percentage < 0
            ? null
            : new DuckDbQueryProgress(progress.Percentage, (long)progress.RowsProcessed, (long)progress.TotalRowsToProcess);
    }

    public override void ChangeDatabase(string databaseName) =>
        throw new NotSupportedException("DuckDB connections use ATTACH/USE instead of ChangeDatabase.");

    /// <summary>
    /// Interrupts the connection's query when the token is cancelled. A token cancelled already
    /// throws here: DuckDB clears the interrupt flag when a query starts, so an interrupt sent
    /// before it would be lost and the query would run to the end.
    /// </summary>
    internal CancellationTokenRegistration InterruptOn(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return cancellationToken.CanBeCanceled ? cancellationToken.Register(Interrupt) : default;
    }

    protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel)
    {
        if (isolationLevel is not (IsolationLevel.Unspecified or IsolationLevel.Snapshot or IsolationLevel.Serializable))
        {
            throw new NotSupportedException($"DuckDB transactions are snapshot-isolated; {isolationLevel} is not available.");
        }
        Execute("BEGIN TRANSACTION");
        return new DuckDbTransaction(this);
    }

    protected override DbCommand CreateDbCommand() => CreateCommand();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Close();
        }
        base.Dispose(disposing);
    }
}
