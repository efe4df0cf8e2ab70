namespace Reporting.Core.Storage;

/// <summary>What is loaded: rows per table and the span of dates they cover.</summary>
public sealed record DataSummary(IReadOnlyList<TableSummary> Tables, long DataVersion)
{
    public long TotalRows => Tables.Sum(t => t.Rows);

    /// <summary>The tables where the cubes read them (the warehouse on ClickHouse), within the caller's scope.</summary>
    public static DataSummary Read(ReportingDatabase database)
    {
        using var facts = database.ConnectFacts();
        // Table and column names come from StarSchema, never from a user.
        var tables = StarSchema.Tables.Select(t => ReadTable(facts, t)).ToList();
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

    private static TableSummary ReadTable(FactConnection facts, SchemaTable table)
    {
        var span = table.DateColumn is null ? "NULL, NULL" : $"min({table.DateColumn})::DATE, max({table.DateColumn})::DATE";
        var result = facts.Query($"SELECT count(*), {span} FROM {table.Name}");
        return new TableSummary(
            table.Name,
            table.Title,
            Convert.ToInt64(result.Columns[0].GetValue(0), System.Globalization.CultureInfo.InvariantCulture),
            result.Columns[1].GetValue(0) as DateOnly?,
            result.Columns[2].GetValue(0) as DateOnly?);
    }
}

public sealed record TableSummary(string Table, string Title, long Rows, DateOnly? From, DateOnly? To);
