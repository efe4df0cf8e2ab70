using Reporting.Core.Schema;
using Reporting.DuckDb;

namespace Reporting.Core.Tests.Schema;

public sealed class SchemaMigratorTests
{
    private static readonly string[] StarTables =
    [
        "alert_delivery", "audit_event", "data_version", "delivery", "delivery_secret", "detractor_responses", "dim_account", "dim_contact",
        "dim_key_feature", "dim_sla_target", "dim_survey_program", "dim_team_member", "engagement_activity", "fact_detractor_case",
        "fact_engagement", "fact_feature_request", "fact_meeting", "fact_revenue_movement", "fact_survey_response", "fact_survey_send",
        "fact_ticket", "feature_request_groups", "job_run", "schema_version", "signal_firing", "subscription", "subscription_unsubscribe",
        "survey_coverage_months", "survey_send_outcomes", "team_credential",
    ];

    [Fact]
    public void A_new_database_gets_every_migration_recorded_once()
    {
        using var db = DuckDbDatabase.OpenInMemory();
        using var connection = db.Connect();

        var applied = SchemaMigrator.Migrate(connection);

        Assert.Equal(Enumerable.Range(1, MigrationCatalog.All.Count), applied);
        Assert.Equal(MigrationCatalog.All.Count, SchemaMigrator.CurrentVersion(connection));
        var names = connection.Query("SELECT name FROM schema_version ORDER BY version").Column<string>("name");
        Assert.Equal("star_schema", names[0]);
        var tables = connection.Query("SELECT table_name FROM information_schema.tables ORDER BY table_name").Column<string>("table_name");
        Assert.Equal(StarTables, tables.Values.ToArray());
    }

    [Fact]
    public void Migrating_again_applies_nothing()
    {
        using var db = DuckDbDatabase.OpenInMemory();
        using var connection = db.Connect();
        SchemaMigrator.Migrate(connection);

        Assert.Empty(SchemaMigrator.Migrate(connection));
        Assert.Equal(MigrationCatalog.All.Count, Convert.ToInt32(connection.Query("SELECT count(*) FROM schema_version").Scalar()));
    }

    [Fact]
    public void A_failing_migration_names_itself_and_leaves_the_last_good_version()
    {
        using var db = DuckDbDatabase.OpenInMemory();
        using var connection = db.Connect();
        Migration[] migrations =
        [
            new(1, "first", "CREATE TABLE a (x INTEGER);"),
            new(2, "broken", "CREATE TABLE b (x INTEGER); CREATE TABLE a (y INTEGER);"),
        ];

        var error = Assert.Throws<InvalidOperationException>(() => SchemaMigrator.Migrate(connection, migrations));

        Assert.StartsWith("Schema migration 0002_broken failed: Catalog Error", error.Message);
        Assert.Equal(1, SchemaMigrator.CurrentVersion(connection));
        // The half of migration 2 that ran was rolled back with it.
        Assert.Equal(0L, connection.Query("SELECT count(*) FROM information_schema.tables WHERE table_name = 'b'").Scalar());
    }

    [Fact]
    public void A_database_newer_than_the_build_is_refused()
    {
        using var db = DuckDbDatabase.OpenInMemory();
        using var connection = db.Connect();
        SchemaMigrator.Migrate(connection);
        connection.Execute("INSERT INTO schema_version VALUES (99, 'future', TIMESTAMP '2030-01-01')");

        var error = Assert.Throws<InvalidOperationException>(() => SchemaMigrator.Migrate(connection));

        Assert.Contains("schema version 99", error.Message);
    }

    [Fact]
    public void Migrations_are_numbered_without_gaps()
    {
        Assert.Equal(Enumerable.Range(1, MigrationCatalog.All.Count), MigrationCatalog.All.Select(m => m.Version));
    }
}
