using System.Data.Common;
using Reporting.DuckDb;

namespace Reporting.Core.Storage;

/// <summary>What is loaded: rows per table and the span of dates they cover.</summary>
public sealed record DataSummary(IReadOnlyList<TableSummary> Tables, long DataVersion)
{
    public long TotalRows => Tables.Sum(t => t.Rows);

    public static DataSummary Read(DbConnection connection)
    {
        // Table and column names come from StarSchema, never from a user.
        var tables = StarSchema.Tables.Select(t => ReadTable(connection, t)).ToList();
        return new DataSummary(tables, Storage.DataVersion.Current(connection));
    }

    /// <summary>
    /// Whether any table of the star schema holds a row: what "empty" means to the seed and to the
    /// server's start-up, answered without counting every table or spanning its dates.
    /// </summary>
    public static bool HoldsRows(DbConnection connection) =>
        connection.Query("SELECT " + string.Join(" OR ", StarSchema.Tables.Select(t => $"EXISTS (SELECT 1 FROM {t.Name})"))).Scalar() is true;

    private static TableSummary ReadTable(DbConnection connection, SchemaTable table)
    {
        var span = table.DateColumn is null ? "NULL, NULL" : $"min({table.DateColumn})::DATE, max({table.DateColumn})::DATE";
        var result = connection.Query($"SELECT count(*), {span} FROM {table.Name}");
        return new TableSummary(
            table.Name,
            table.Title,
            Convert.ToInt64(result.Columns[0].GetValue(0), System.Globalization.CultureInfo.InvariantCulture),
            result.Columns[1].GetValue(0) as DateOnly?,
            result.Columns[2].GetValue(0) as DateOnly?);
    }
}

public sealed record TableSummary(string Table, string Title, long Rows, DateOnly? From, DateOnly? To);
