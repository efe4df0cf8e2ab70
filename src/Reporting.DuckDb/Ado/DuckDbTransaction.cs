using System.Data;
using System.Data.Common;

namespace Reporting.DuckDb;

/// <summary>An explicit transaction; disposed without a commit, it rolls back.</summary>
public sealed class DuckDbTransaction : DbTransaction
{
    private DuckDbConnection? connection;

    internal DuckDbTransaction(DuckDbConnection connection) => this.connection = connection;

    public override IsolationLevel IsolationLevel => IsolationLevel.Snapshot;

    protected override DbConnection? DbConnection => connection;

    public override void Commit() => Finish("COMMIT");

    public override void Rollback() => Finish("ROLLBACK");

    protected override void Dispose(bool disposing)
    {
        if (disposing && connection is { State: ConnectionState.Open })
        {
            Rollback();
        }
        base.Dispose(disposing);
    }

    private void Finish(string statement)
    {
        var owner = connection ?? throw new InvalidOperationException("The transaction has already been committed or rolled back.");
        connection = null;
        owner.Execute(statement);
    }
}
