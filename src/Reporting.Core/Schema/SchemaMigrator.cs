using System.Data.Common;
using Reporting.DuckDb;

namespace Reporting.Core.Schema;

/// <summary>
/// Brings a database to the newest schema: each pending migration runs in its own transaction
/// together with its row in <c>schema_version</c>, so a failure leaves the last good version.
/// </summary>
public static class SchemaMigrator
{
    /// <summary>Applies what is pending and returns the versions applied now.</summary>
    public static IReadOnlyList<int> Migrate(DbConnection connection) => Migrate(connection, MigrationCatalog.All);

    public static IReadOnlyList<int> Migrate(DbConnection connection, IReadOnlyList<Migration> migrations)
    {
        connection.Execute("""
            CREATE TABLE IF NOT EXISTS schema_version (
                version     INTEGER PRIMARY KEY,
                name        VARCHAR NOT NULL,
                applied_at  TIMESTAMP NOT NULL
            )
            """);
        var current = CurrentVersion(connection);
        if (current > migrations.Count)
        {
            throw new InvalidOperationException(
                $"The database is at schema version {current}, newer than this build knows ({migrations.Count}). Use a newer build.");
        }
        var applied = new List<int>();
        foreach (var migration in migrations.Where(m => m.Version > current))
        {
            Apply(connection, migration);
            applied.Add(migration.Version);
        }
        return applied;
    }

    public static int CurrentVersion(DbConnection connection) =>
        Convert.ToInt32(connection.Query("SELECT coalesce(max(version), 0) FROM schema_version").Scalar(), System.Globalization.CultureInfo.InvariantCulture);

    private static void Apply(DbConnection connection, Migration migration)
    {
        using var transaction = connection.BeginTransaction();
        try
        {
            connection.Execute(migration.Sql);
        }
        catch (DbException e)
        {
            throw new InvalidOperationException($"Schema migration {migration.Version:0000}_{migration.Name} failed: {e.Message}", e);
        }
        connection.Execute("INSERT INTO schema_version VALUES ($1, $2, now() AT TIME ZONE 'UTC')", migration.Version, migration.Name);
        transaction.Commit();
    }
}
