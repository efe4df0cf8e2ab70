using System.Data.Common;
using Reporting.Core.Storage;
using Reporting.DuckDb;

namespace Reporting.Core.Warehouse;

/// <summary>
/// The tables a ClickHouse warehouse holds and their shape, read from the migrated DuckDB schema
/// (one schema, two engines): the star schema, the settings tables the cubes join, the rows of the
/// views the cubes are built on (<see cref="DerivedTables"/>) and the data version.
/// </summary>
public static class WarehouseTables
{
    public const string AccountColumn = "account_id";

    public const string DataVersion = "data_version";

    /// <summary>Written from reports/kpis.yaml and joined by the model's SQL, so the cubes need them beside the facts.</summary>
    public static IReadOnlyList<string> Settings { get; } = ["dim_sla_target", "dim_key_feature", "dim_survey_program"];

    /// <summary>The tables a load may name for publishing (the derived ones are always published).</summary>
    public static IReadOnlyList<string> Names { get; } = [.. StarSchema.Tables.Select(t => t.Name), .. Settings, DataVersion];

    public static IReadOnlyList<WarehouseTable> Read(DbConnection duckDb)
    {
        var columns = duckDb.Query("""
            SELECT table_name, column_name, data_type, is_nullable = 'YES' AS is_nullable
            FROM information_schema.columns
            WHERE table_catalog = current_database() AND table_schema = 'main'
            ORDER BY table_name, ordinal_position
            """);
        var keys = duckDb.Query("""
            SELECT table_name, unnest(constraint_column_names) AS column_name
            FROM duckdb_constraints()
            WHERE database_name = current_database() AND schema_name = 'main' AND constraint_type = 'PRIMARY KEY'
            """);
        var tableOfColumn = columns.Column<string>("table_name");
        var tableOfKey = keys.Column<string>("table_name");
        IReadOnlyList<WarehouseColumn> ColumnsOf(string name) =>
            [.. Enumerable.Range(0, columns.RowCount).Where(i => tableOfColumn[i] == name).Select(i => ColumnAt(columns, i))];
        var tables = Names.Select(name => Describe(
            name, ColumnsOf(name), [.. Enumerable.Range(0, keys.RowCount).Where(i => tableOfKey[i] == name).Select(i => keys.Column<string>("column_name")[i])]));
        var derived = DerivedTables.Views.Select(view => DescribeDerived(view, ColumnsOf(view)));
        return [.. tables.Where(t => t.Name != DataVersion), .. derived, .. tables.Where(t => t.Name == DataVersion)];
    }

    private static WarehouseColumn ColumnAt(DuckDbResultSet columns, int row)
    {
        var table = columns.Column<string>("table_name")[row];
        var name = columns.Column<string>("column_name")[row];
        var type = ClickHouseTypes.From(columns.Column<string>("data_type")[row], table, name);
        return new WarehouseColumn(name, type, columns.Column<bool>("is_nullable")[row]);
    }

    private static WarehouseTable Describe(string name, IReadOnlyList<WarehouseColumn> columns, IReadOnlyList<string> primaryKey)
    {
        if (columns.Count == 0)
        {
            throw new InvalidOperationException($"The DuckDB database has no table {name}: migrate it before publishing to ClickHouse.");
        }
        var shardColumn = columns.Any(c => c.Name == AccountColumn && !c.IsNullable) ? AccountColumn : null;
        return new WarehouseTable(name, columns, SortKey(name, columns, primaryKey), shardColumn);
    }

    /// <summary>
    /// DuckDB calls every column of a view nullable; the account is not (each view takes it from a
    /// NOT NULL column), so it can be the sort key and, on a cluster, the shard key.
    /// </summary>
    private static WarehouseTable DescribeDerived(string view, IReadOnlyList<WarehouseColumn> columns)
    {
        if (columns.Count == 0)
        {
            throw new InvalidOperationException($"The DuckDB database has no view {view}: migrate it before publishing to ClickHouse.");
        }
        var (table, clockView) = DerivedTables.Storage(view);
        return new WarehouseTable(table, [.. columns.Select(c => c with { IsNullable = c.Name != AccountColumn })], [AccountColumn], AccountColumn)
        {
            Source = view,
            View = clockView,
        };
    }

    /// <summary>
    /// Account, then time, then the natural key: an account's rows lie together in time order, and
    /// the key makes the order total. ClickHouse sort keys hold no Nullable column, so those are left out.
    /// </summary>
    private static IReadOnlyList<string> SortKey(string table, IReadOnlyList<WarehouseColumn> columns, IReadOnlyList<string> primaryKey)
    {
        var dateColumn = StarSchema.Tables.FirstOrDefault(t => t.Name == table)?.DateColumn;
        string?[] candidates = [AccountColumn, dateColumn, .. primaryKey];
        return [.. candidates.OfType<string>().Distinct().Where(c => columns.Any(column => column.Name == c && !column.IsNullable))];
    }
}
