using System.Data.Common;
using System.Globalization;
using Reporting.ClickHouse;
using Reporting.Core.Schema;
using Reporting.DuckDb;

namespace Reporting.Core.Warehouse;

/// <summary>
/// Brings a ClickHouse warehouse to the schema of the DuckDB database its loads are published from.
/// The warehouse's tables are generated from that schema, so its version is the DuckDB migration it
/// mirrors, recorded in its own <c>schema_version</c> table as the DuckDB migrator does: a migration
/// makes the tables a warehouse lacks and adds the columns a table lacks. ClickHouse has no
/// transactions, so every step can be run again (IF NOT EXISTS) and the version row comes last: a
/// migration cut short is finished by the next.
/// </summary>
public static class WarehouseMigrator
{
    public const string VersionTable = "schema_version";

    internal static readonly WarehouseTable SchemaVersion = new(
        VersionTable,
        [new("version", "Int64", false), new("name", "String", false), new("applied_at", "DateTime64(6, 'UTC')", false)],
        ["version"],
        null);

    /// <summary>Applies what is pending and returns the versions applied now.</summary>
    public static IReadOnlyList<int> Migrate(DbConnection duckDb, DbConnection clickHouse, ClickHouseSchema schema)
    {
        clickHouse.Run(schema.CreateTable(SchemaVersion));
        var target = SchemaMigrator.CurrentVersion(duckDb);
        var current = CurrentVersion(clickHouse);
        if (current > target)
        {
            throw new InvalidOperationException(
                $"The ClickHouse warehouse is at schema version {current}, newer than the DuckDB database it is published from ({target}). Use a newer build.");
        }
        if (current == target)
        {
            return [];
        }
        var tables = WarehouseTables.Read(duckDb);
        foreach (var table in tables)
        {
            clickHouse.Run(schema.CreateTable(table));
        }
        var existing = ExistingColumns(clickHouse);
        foreach (var table in tables)
        {
            foreach (var column in table.Columns.Where(c => !existing.Contains((table.Name, c.Name))))
            {
                clickHouse.Run(schema.AddColumn(table, column));
            }
        }
        var applied = Enumerable.Range(current + 1, target - current).ToList();
        foreach (var version in applied)
        {
            Record(clickHouse, version, MigrationCatalog.All[version - 1].Name);
        }
        return applied;
    }

    public static int CurrentVersion(DbConnection clickHouse) =>
        Convert.ToInt32(clickHouse.Query($"SELECT toInt64(max(version)) FROM {ClickHouseNames.Quote(VersionTable)}").Scalar(), CultureInfo.InvariantCulture);

    private static HashSet<(string Table, string Column)> ExistingColumns(DbConnection clickHouse)
    {
        var columns = clickHouse.Query("SELECT table, name FROM system.columns WHERE database = currentDatabase()");
        return [.. Enumerable.Range(0, columns.RowCount).Select(i => (columns.Column<string>("table")[i], columns.Column<string>("name")[i]))];
    }

    private static void Record(DbConnection clickHouse, int version, string name) =>
        clickHouse.Execute(
            $"INSERT INTO {ClickHouseNames.Quote(VersionTable)} SELECT {{p1:Int64}}, {{p2:String}}, now64(6, 'UTC')", (long)version, name);
}
