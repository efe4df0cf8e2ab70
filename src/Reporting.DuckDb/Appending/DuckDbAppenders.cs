using System.Data.Common;

namespace Reporting.DuckDb;

public static class DuckDbAppenders
{
    /// <summary>A bulk appender into <paramref name="table"/> that checks every value against the column's type; close it to learn of errors.</summary>
    public static DuckDbAppender CreateCheckedAppender(this DbConnection connection, string table, string? schema = null) =>
        new(DuckDbStatements.Duck(connection), schema, table);
}
