using System.Data.Common;

namespace Reporting.DuckDb;

/// <summary>
/// The helpers every caller uses over an open ADO.NET connection: values go as bound positional
/// parameters ($1, $2 … or ?; a <see cref="DbParameter"/> among them binds by its name), results
/// come back as typed columns. Cancellation interrupts the running statement.
/// </summary>
public static class DuckDbQueries
{
    /// <summary>Runs one query and reads every row into typed columns.</summary>
    public static DuckDbResultSet Query(this DbConnection connection, string sql, params object?[] parameters) =>
        connection.Query(sql, parameters, CancellationToken.None);

    public static DuckDbResultSet Query(this DbConnection connection, string sql, IReadOnlyList<object?> parameters, CancellationToken cancellationToken) =>
        Run(connection, sql, parameters, cancellationToken, command =>
        {
            using var reader = command.ExecuteReader();
            return ResultReader.Read(reader);
        });

    /// <summary>Runs SQL without parameters (several statements allowed); returns the rows the last one changed.</summary>
    public static long Execute(this DbConnection connection, string sql, CancellationToken cancellationToken = default) =>
        Run(connection, sql, [], cancellationToken, command => (long)command.ExecuteNonQuery());

    /// <summary>Runs one statement with positional parameters; returns the rows it changed.</summary>
    public static long Execute(this DbConnection connection, string sql, params object?[] parameters) =>
        Run(connection, sql, parameters, CancellationToken.None, command => (long)command.ExecuteNonQuery());

    /// <summary>The first column of the first row, typed as <see cref="Query(DbConnection, string, object?[])"/> types it; null for SQL NULL or no row.</summary>
    public static object? ExecuteScalar(this DbConnection connection, string sql, params object?[] parameters) =>
        connection.Query(sql, parameters).Scalar();

    /// <summary>
    /// Interrupts the statement when the token is cancelled. A token cancelled already throws here:
    /// DuckDB clears the interrupt flag when a statement starts, so an earlier interrupt would be lost.
    /// </summary>
    private static T Run<T>(DbConnection connection, string sql, IReadOnlyList<object?> parameters, CancellationToken cancellationToken, Func<DbCommand, T> run)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var command = BoundCommand.Create(connection, sql, parameters);
        using var interrupt = cancellationToken.CanBeCanceled ? cancellationToken.Register(command.Cancel) : default;
        try
        {
            return run(command);
        }
        catch (DbException) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(cancellationToken);
        }
    }
}
