using DuckDB.NET.Data;

namespace Reporting.DuckDb;

public static class DuckDbAppenders
{
    /// <summary>A bulk appender into <paramref name="table"/> that checks every value against the column's type; close it to learn of errors.</summary>
    public static DuckDbAppender CreateCheckedAppender(this DuckDBConnection connection, string table, string? schema = null) =>
        new(connection, schema, table);
}
