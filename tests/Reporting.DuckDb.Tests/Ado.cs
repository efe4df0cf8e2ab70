using System.Data.Common;

namespace Reporting.DuckDb.Tests;

/// <summary>One-line ADO.NET calls through the abstract base classes, as library-agnostic code makes them.</summary>
internal static class Ado
{
    public static int NonQuery(DbConnection connection, string sql, params object?[] positional)
    {
        using var command = Command(connection, sql, positional);
        return command.ExecuteNonQuery();
    }

    public static object? Scalar(DbConnection connection, string sql, params object?[] positional)
    {
        using var command = Command(connection, sql, positional);
        return command.ExecuteScalar();
    }

    public static DbCommand Command(DbConnection connection, string sql, params object?[] positional)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var value in positional)
        {
            var parameter = command.CreateParameter();
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return command;
    }
}
