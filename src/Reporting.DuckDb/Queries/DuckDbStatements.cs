using System.Data.Common;
using DuckDB.NET.Data;

namespace Reporting.DuckDb;

/// <summary>What DuckDB.NET's ADO.NET surface does not offer: checking a statement, query progress, error classes.</summary>
public static class DuckDbStatements
{
    private const string CheckName = "reporting_statement_check";

    /// <summary>
    /// Parses and binds <paramref name="sql"/> without running it, throwing DuckDB's error when it
    /// cannot be planned. DuckDB.NET's <c>DbCommand.Prepare()</c> does nothing, so SQL's own
    /// PREPARE does the work (and DEALLOCATE forgets it).
    /// </summary>
    public static void CheckStatement(this DbConnection connection, string sql)
    {
        connection.Execute($"PREPARE {CheckName} AS {sql}");
        connection.Execute($"DEALLOCATE {CheckName}");
    }

    /// <summary>
    /// How far the statement running on this connection is, for progress bars; null when DuckDB has
    /// no estimate. DuckDB tracks progress only with <c>SET enable_progress_bar = true</c>.
    /// </summary>
    public static DuckDbQueryProgress? QueryProgress(this DbConnection connection)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            return null;
        }
        var progress = Duck(connection).GetQueryProgress();
        return progress.Percentage < 0
            ? null
            : new DuckDbQueryProgress(progress.Percentage, (long)progress.RowsProcessed, (long)progress.TotalRowsToProcess);
    }

    /// <summary>The DuckDB connection behind a caller's <see cref="DbConnection"/>, for what only DuckDB offers.</summary>
    internal static DuckDBConnection Duck(DbConnection connection) => connection as DuckDBConnection
        ?? throw new NotSupportedException($"This needs a DuckDB connection, not a {connection.GetType().Name}.");
}
