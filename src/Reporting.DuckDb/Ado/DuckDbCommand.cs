using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Reporting.DuckDb.Native;

namespace Reporting.DuckDb;

/// <summary>An ADO.NET command over a prepared statement; parameters are always bound, never spliced.</summary>
public sealed class DuckDbCommand : DbCommand
{
    private string commandText = "";

    [AllowNull]
    public override string CommandText
    {
        get => commandText;
        set => commandText = value ?? "";
    }

    public override int CommandTimeout { get; set; }

    public override CommandType CommandType
    {
        get => CommandType.Text;
        set
        {
            if (value != CommandType.Text)
            {
                throw new NotSupportedException("DuckDB commands are SQL text.");
            }
        }
    }

    public override bool DesignTimeVisible { get; set; }

    public override UpdateRowSource UpdatedRowSource { get; set; }

    public new DuckDbConnection? Connection { get; set; }

    public new DuckDbParameterCollection Parameters { get; } = new();

    protected override DbConnection? DbConnection
    {
        get => Connection;
        set => Connection = (DuckDbConnection?)value;
    }

    protected override DbParameterCollection DbParameterCollection => Parameters;

    protected override DbTransaction? DbTransaction { get; set; }

    public override void Cancel() => Connection?.Interrupt();

    public override int ExecuteNonQuery()
    {
        if (Parameters.Count == 0)
        {
            return checked((int)OpenConnection().Execute(commandText));
        }
        using var statement = PrepareBound();
        return checked((int)statement.ExecuteNonQuery());
    }

    /// <summary>
    /// The first column of the first row: <see cref="DBNull.Value"/> for SQL NULL, as ADO.NET callers
    /// expect, and null only when there is no row.
    /// </summary>
    public override object? ExecuteScalar()
    {
        using var statement = PrepareBound();
        var result = statement.Query();
        return result.RowCount == 0 ? null : result.Scalar() ?? DBNull.Value;
    }

    public override void Prepare()
    {
        // Statements are prepared at execution; nothing to cache ahead.
    }

    protected override DbParameter CreateDbParameter() => new DuckDbParameter();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior)
    {
        var statement = PrepareBound();
        ResultHandle? result = null;
        try
        {
            result = statement.Execute(CancellationToken.None);
            return new DuckDbDataReader(new ChunkCursor(result), statement,
                behavior.HasFlag(CommandBehavior.CloseConnection) ? Connection : null);
        }
        catch
        {
            // A column type the binding cannot read fails after the result exists: release it too.
            result?.Dispose();
            statement.Dispose();
            throw;
        }
    }

    private DuckDbConnection OpenConnection() => Connection is { State: ConnectionState.Open } open
        ? open
        : throw new InvalidOperationException("The command needs an open connection.");

    private DuckDbPreparedStatement PrepareBound()
    {
        var statement = OpenConnection().Prepare(commandText);
        try
        {
            BindParameters(statement);
            return statement;
        }
        catch
        {
            statement.Dispose();
            throw;
        }
    }

    private void BindParameters(DuckDbPreparedStatement statement)
    {
        var items = Parameters.Items;
        for (var i = 0; i < items.Count; i++)
        {
            var name = DuckDbParameterCollection.Bare(items[i].ParameterName);
            if (name.Length == 0 || int.TryParse(name, out _))
            {
                statement.Bind(name.Length == 0 ? i + 1 : int.Parse(name, System.Globalization.CultureInfo.InvariantCulture), items[i].Value);
            }
            else
            {
                statement.Bind(name, items[i].Value);
            }
        }
    }
}
