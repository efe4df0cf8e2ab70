using System.Data.Common;
using Reporting.Core.Sql;
using Reporting.DuckDb;

namespace Reporting.Core.Storage;

/// <summary>
/// A connection for reading the facts outside the cube (health, revenue, signals, the closed loop,
/// the survey planner, the account directory …): DuckDB's file, or the ClickHouse warehouse when
/// there is one, restricted to the caller's scope either way. Statements are written once, in
/// DuckDB's SQL with positional placeholders, and run as the engine reads them
/// (<see cref="SqlDialect.Statement"/>): so a function one engine lacks is refused by name, not
/// answered differently.
/// </summary>
public sealed class FactConnection : IDisposable
{
    private readonly DbConnection connection;
    private readonly Func<string, IReadOnlyList<object?>, (string Sql, IReadOnlyList<object?> Values)> prepare;

    internal FactConnection(DbConnection connection, Func<string, IReadOnlyList<object?>, (string, IReadOnlyList<object?>)> prepare)
    {
        this.connection = connection;
        this.prepare = prepare;
    }

    /// <summary>Runs one query and reads every row into typed columns.</summary>
    public DuckDbResultSet Query(string sql, params object?[] values) => Query(sql, values, CancellationToken.None);

    public DuckDbResultSet Query(string sql, IReadOnlyList<object?> values, CancellationToken cancellationToken)
    {
        var (text, bound) = prepare(sql, values);
        return connection.Query(text, bound, cancellationToken);
    }

    public void Dispose() => connection.Dispose();
}
