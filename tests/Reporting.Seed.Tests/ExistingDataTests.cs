using Reporting.DuckDb;
using Reporting.Core.Storage;

namespace Reporting.Seed.Tests;

public sealed class ExistingDataTests
{
    [Fact]
    public void Seeding_a_database_with_data_without_replace_throws_and_changes_nothing()
    {
        using var seeded = SeededDatabase.Seed(SeededDatabase.Small());
        var before = SeededDatabase.TableHashes(seeded.Connection);

        var error = Assert.Throws<InvalidOperationException>(() => DemoDataSeeder.Seed(seeded.Database, SeededDatabase.Small(seed: 7)));

        Assert.Contains("already has data", error.Message);
        Assert.Contains("--replace", error.Message);
        Assert.Equal(before, SeededDatabase.TableHashes(seeded.Connection));
        Assert.Equal(1, DataVersion.Current(seeded.Connection));
    }

    [Fact]
    public void A_single_row_in_any_table_counts_as_data()
    {
        using var database = ReportingDatabase.OpenInMemory();
        using var connection = database.Connect();
        connection.Execute("INSERT INTO fact_feature_request VALUES ('R1', 'A1', NULL, 'SSO', TIMESTAMP '2025-01-01 10:00:00')");

        var error = Assert.Throws<InvalidOperationException>(() => DemoDataSeeder.Seed(database, SeededDatabase.Small()));

        Assert.Contains("fact_feature_request (1 rows)", error.Message);
        Assert.Equal(0, Count(connection, "dim_account"));
    }

    [Fact]
    public void Replace_deletes_the_old_rows_and_reseeds_in_one_go()
    {
        using var seeded = SeededDatabase.Seed(SeededDatabase.Small(seed: 7));
        using var fresh = SeededDatabase.Seed(SeededDatabase.Small(seed: 42));

        var summary = DemoDataSeeder.Seed(seeded.Database, SeededDatabase.Small(seed: 42) with { Replace = true });

        Assert.Equal(SeededDatabase.TableHashes(fresh.Connection), SeededDatabase.TableHashes(seeded.Connection));
        Assert.Equal(fresh.Summary.RowsPerTable, summary.RowsPerTable);
        Assert.Equal(2, DataVersion.Current(seeded.Connection));
    }

    [Fact]
    public void A_loaded_team_counts_as_data()
    {
        using var database = ReportingDatabase.OpenInMemory();
        using var connection = database.Connect();
        connection.Execute("INSERT INTO dim_team_member VALUES ('ada@x.io', 'Ada', 'admin', NULL)");

        var error = Assert.Throws<InvalidOperationException>(() => DemoDataSeeder.Seed(database, SeededDatabase.Small()));

        Assert.Contains("dim_team_member (1 rows)", error.Message);
    }

    [Fact]
    public void Replace_keeps_the_passwords_of_demo_members_and_drops_the_others()
    {
        using var seeded = SeededDatabase.Seed(SeededDatabase.Small());
        var credentials = new Reporting.Core.Access.Credentials(seeded.Database);
        var noon = new DateTimeOffset(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);
        credentials.SetPassword("robin.hale@cs.example.com", "robin's long password", noon);
        credentials.SetPassword("gone@x.io", "a member no longer", noon);

        DemoDataSeeder.Seed(seeded.Database, SeededDatabase.Small() with { Replace = true });

        Assert.True(credentials.HasPassword("robin.hale@cs.example.com"));
        Assert.False(credentials.HasPassword("gone@x.io"));
    }

    [Fact]
    public void A_seed_bumps_the_data_version_once()
    {
        using var seeded = SeededDatabase.Seed(SeededDatabase.Small());

        Assert.Equal(1, DataVersion.Current(seeded.Connection));
    }

    [Fact]
    public void Cancelling_midway_rolls_everything_back()
    {
        using var database = ReportingDatabase.OpenInMemory();
        using var cancellation = new CancellationTokenSource();
        // Cancel once the tickets are written: accounts, contacts and tickets must all disappear again.
        var progress = new RecordingProgress(p =>
        {
            if (p is { Stage: "surveys", Done: 0 })
            {
                cancellation.Cancel();
            }
        });

        Assert.ThrowsAny<OperationCanceledException>(() => DemoDataSeeder.Seed(database, SeededDatabase.Small(), progress, cancellation.Token));

        using var connection = database.Connect();
        Assert.All(StarSchema.Tables, t => Assert.Equal(0, Count(connection, t.Name)));
        Assert.Equal(0, DataVersion.Current(connection));
        Assert.Contains(progress.Reports, p => p is { Stage: "tickets" } && p.Done == p.Total);
    }

    private static long Count(System.Data.Common.DbConnection connection, string table) =>
        Convert.ToInt64(connection.Query($"SELECT count(*) FROM {table}").Scalar(), System.Globalization.CultureInfo.InvariantCulture);
}
