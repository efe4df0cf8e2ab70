using System.Data.Common;
using ClickHouse.Driver.ADO;
using Reporting.ClickHouse;
using Reporting.Core.Sql;
using Reporting.Core.Storage;
using Reporting.DuckDb;

namespace Reporting.Core.Warehouse;

/// <summary>
/// Publishes tables of the local DuckDB database (where loads run and are checked) to the ClickHouse
/// warehouse, so that a reader sees each table either before or after the load, never half of it.
/// Each table goes to ClickHouse as Parquet into a shadow; only when every shadow is full are they
/// exchanged with their tables, the data version last (caches key on it, so they drop their answers
/// only once the new data is there). A publish that fails leaves every table as it was; one that is
/// killed leaves shadows, which the next publish drops before it starts. The exchanges (renames) run
/// one after another, as ClickHouse exchanges two tables at a time: one failing among them would
/// leave the tables before it new and the data version old, until the next publish.
/// </summary>
public static class WarehousePublisher
{
    /// <summary>Publishes to <paramref name="warehouse"/> (on its cluster, if it has one) over a connection of its own.</summary>
    public static IReadOnlyList<PublishedTable> Publish(
        DbConnection duckDb,
        ClickHouseWarehouse warehouse,
        IReadOnlyList<string> tables,
        IProgress<PublishedTable>? progress = null,
        CancellationToken cancellationToken = default)
    {
        using var clickHouse = warehouse.Connect();
        return Publish(duckDb, clickHouse, warehouse.Cluster, tables, progress, cancellationToken);
    }

    /// <summary>
    /// Brings the warehouse level with DuckDB, for start-up: every table when its data version differs
    /// (a new warehouse, or a write whose publish a crash cut short), else nothing. Every write, the
    /// settings tables' included, publishes with its own version bump, so a level warehouse holds it all.
    /// A warehouse another database file publishes is left as it is: this application reads it.
    /// </summary>
    public static IReadOnlyList<PublishedTable> Synchronize(
        DbConnection duckDb, ClickHouseWarehouse warehouse, IProgress<PublishedTable>? progress = null, CancellationToken cancellationToken = default)
    {
        using var clickHouse = warehouse.Connect();
        WarehouseMigrator.Migrate(duckDb, clickHouse, new ClickHouseSchema(warehouse.Cluster));
        return PublishedElsewhere(duckDb, clickHouse) is not null || DataVersion.Current(clickHouse) == DataVersion.Current(duckDb)
            ? []
            : Publish(duckDb, clickHouse, warehouse.Cluster, WarehouseTables.Names, progress, cancellationToken);
    }

    /// <summary>The warehouse's publisher when it is another database file than <paramref name="duckDb"/>, else null (this file's, or none yet).</summary>
    private static string? PublishedElsewhere(DbConnection duckDb, DbConnection clickHouse) =>
        DataVersion.Publisher(clickHouse) is { Length: > 0 } publisher && publisher != DataVersion.Publisher(duckDb) ? publisher : null;

    /// <summary>
    /// Publishes <paramref name="tables"/> (of <see cref="WarehouseTables.Names"/>), the settings, the
    /// derived tables and the data version; returns the rows published per table. Call it inside the load's DuckDB
    /// transaction, before the commit: then a publish that fails fails the load, and the two stay alike.
    /// </summary>
    public static IReadOnlyList<PublishedTable> Publish(
        DbConnection duckDb,
        DbConnection clickHouse,
        string? cluster,
        IReadOnlyList<string> tables,
        IProgress<PublishedTable>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var connection = clickHouse as ClickHouseConnection
            ?? throw new ArgumentException($"Publishing needs a ClickHouse connection, not a {clickHouse.GetType().Name}.", nameof(clickHouse));
        var schema = new ClickHouseSchema(cluster);
        WarehouseMigrator.Migrate(duckDb, clickHouse, schema);
        if (PublishedElsewhere(duckDb, clickHouse) is { } publisher)
        {
            // Each publish sends whole tables: a second file's would replace the first one's data.
            throw new InvalidOperationException(
                $"The ClickHouse warehouse is published from another database file (publisher {publisher}, this file is {DataVersion.Publisher(duckDb)}): " +
                "load through the application that publishes it, or give this one that application's local database.");
        }
        var all = WarehouseTables.Read(duckDb);
        var chosen = Choose(all, tables);
        DropShadows(clickHouse, schema, all);
        var published = FillShadows(duckDb, connection, schema, chosen, progress, cancellationToken);
        foreach (var table in chosen)
        {
            clickHouse.Execute(schema.ExchangeWithShadow(table));
        }
        DropShadows(clickHouse, schema, chosen);
        return published;
    }

    private static List<PublishedTable> FillShadows(
        DbConnection duckDb, ClickHouseConnection clickHouse, ClickHouseSchema schema, List<WarehouseTable> chosen, IProgress<PublishedTable>? progress, CancellationToken cancellationToken)
    {
        var published = new List<PublishedTable>();
        try
        {
            foreach (var table in chosen)
            {
                var rows = FillShadow(duckDb, clickHouse, schema, table, cancellationToken);
                published.Add(new PublishedTable(table.Name, rows, published.Count + 1, chosen.Count));
                progress?.Report(published[^1]);
            }
            return published;
        }
        catch (Exception e)
        {
            TryDropShadows(clickHouse, schema, chosen);
            if (e is OperationCanceledException)
            {
                throw;
            }
            throw new InvalidOperationException(
                $"Publishing {chosen[published.Count].Name} to ClickHouse failed, so no table there changed: {e.Message}", e);
        }
    }

    /// <summary>
    /// The tables asked for, each once, in the catalog's order; then, whatever was asked, the settings
    /// (a few rows, which the derived tables and the cubes read) and the derived tables; the data version last.
    /// </summary>
    private static List<WarehouseTable> Choose(IReadOnlyList<WarehouseTable> all, IReadOnlyList<string> tables)
    {
        if (tables.FirstOrDefault(name => !WarehouseTables.Names.Contains(name)) is { } unknown)
        {
            throw new ArgumentException(
                $"'{unknown}' is not a table of the warehouse. Tables: {string.Join(", ", WarehouseTables.Names)}.", nameof(tables));
        }
        return [.. all.Where(t => !WarehouseTables.Names.Contains(t.Name) || WarehouseTables.Settings.Contains(t.Name)
            || tables.Contains(t.Name) || t.Name == WarehouseTables.DataVersion)];
    }

    /// <summary>Exports the table from DuckDB as Parquet to a temporary file and posts it into the table's new shadow.</summary>
    private static long FillShadow(DbConnection duckDb, ClickHouseConnection clickHouse, ClickHouseSchema schema, WarehouseTable table, CancellationToken cancellationToken)
    {
        clickHouse.Run(schema.CreateShadow(table));
        var file = Path.Combine(Path.GetTempPath(), $"reporting-publish-{Guid.NewGuid():N}.parquet");
        try
        {
            var columns = string.Join(", ", table.Columns.Select(c => SqlIdentifier.Quote(c.Name)));
            var rows = duckDb.Execute(
                $"COPY (SELECT {columns} FROM {SqlIdentifier.Quote(table.Source)}) TO {SqlIdentifier.Literal(file)} (FORMAT parquet)", cancellationToken);
            using (var parquet = File.OpenRead(file))
            {
                using var response = clickHouse.PostStreamAsync(schema.InsertIntoShadow(table), parquet, false, cancellationToken).GetAwaiter().GetResult();
            }
            clickHouse.Run(schema.SyncShadowReplicas(table));
            return rows;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static void DropShadows(DbConnection clickHouse, ClickHouseSchema schema, IEnumerable<WarehouseTable> tables) =>
        clickHouse.Run(tables.SelectMany(schema.DropShadow));

    /// <summary>After a failure, when the warehouse may not answer either: the failure is what the caller must hear, and the next publish drops what is left.</summary>
    private static void TryDropShadows(DbConnection clickHouse, ClickHouseSchema schema, IEnumerable<WarehouseTable> tables)
    {
        try
        {
            DropShadows(clickHouse, schema, tables);
        }
        catch (Exception e) when (e is DbException or HttpRequestException)
        {
            // Left for the next publish, which drops every shadow before it starts.
        }
    }
}
