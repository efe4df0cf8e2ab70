using System.Globalization;
using Reporting.DuckDb;

namespace Reporting.Core.Storage;

/// <summary>What is loaded: rows per table and the span of dates they cover.</summary>
public sealed record DataSummary(IReadOnlyList<TableSummary> Tables, long DataVersion)
{
    public long TotalRows => Tables.Sum(t => t.Rows);

    /// <summary>The tables where the cubes read them (the warehouse on ClickHouse), within the caller's scope, in one statement.</summary>
    public static DataSummary Read(ReportingDatabase database)
    {
        using var facts = database.ConnectFacts();
        // Table and column names come from StarSchema, never from a user.
        var rows = facts.Query(string.Join("\nUNION ALL ", StarSchema.Tables.Select(Counted)));
        var position = rows.Columns[0];
        var tables = Enumerable.Range(0, rows.RowCount)
            .OrderBy(i => Convert.ToInt32(position.GetValue(i), CultureInfo.InvariantCulture))
            .Select(i => Summary(StarSchema.Tables[Convert.ToInt32(position.GetValue(i), CultureInfo.InvariantCulture)], rows, i))
            .ToList();
        return new DataSummary(tables, database.ReadDataVersion());
    }

    /// <summary>
    /// Whether any table of the star schema holds a row: what "empty" means to the seed and to the
    /// server's start-up, answered without counting every table or spanning its dates.
    /// </summary>
    public static bool HoldsRows(ReportingDatabase database)
    {
        using var facts = database.ConnectFacts();
        return facts.Query("SELECT CAST(" + string.Join(" OR ", StarSchema.Tables.Select(t => $"EXISTS (SELECT 1 FROM {t.Name})")) + " AS BOOLEAN)").Scalar() is true;
    }

    /// <summary>A table's row count and date span, with its place in the star schema (a union's rows come in any order).</summary>
    private static string Counted(SchemaTable table, int position)
    {
        var span = table.DateColumn is null ? "CAST(NULL AS DATE), CAST(NULL AS DATE)" : $"CAST(min({table.DateColumn}) AS DATE), CAST(max({table.DateColumn}) AS DATE)";
        return $"SELECT {position} AS position, count(*) AS row_count, {span} FROM {table.Name}";
    }

    private static TableSummary Summary(SchemaTable table, DuckDbResultSet rows, int row) => new(
        table.Name,
        table.Title,
        Convert.ToInt64(rows.Columns[1].GetValue(row), CultureInfo.InvariantCulture),
        rows.Columns[2].GetValue(row) as DateOnly?,
        rows.Columns[3].GetValue(row) as DateOnly?);
}

public sealed record TableSummary(string Table, string Title, long Rows, DateOnly? From, DateOnly? To);
