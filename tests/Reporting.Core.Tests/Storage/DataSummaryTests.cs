using Reporting.DuckDb;
using Reporting.Core.Access;
using Reporting.Core.Storage;
using Reporting.Core.Tests.Engines;

namespace Reporting.Core.Tests.Storage;

/// <summary>What the data page and the first-run check read, where the cubes read it: on ClickHouse, the warehouse.</summary>
public abstract class DataSummaryTests(TestEngine engine)
{
    [Fact]
    public void Counts_rows_and_the_dates_they_cover_per_table()
    {
        using var database = TestEngines.Open(engine);
        using var connection = database.Connect();
        connection.Execute("""
            INSERT INTO dim_account (account_id, name, segment, onboarded_on) VALUES
                ('A1', 'Acme', 'SMB', DATE '2024-05-01'), ('A2', 'Globex', 'Enterprise', DATE '2025-02-10');
            INSERT INTO fact_ticket (ticket_id, account_id, priority, created_at) VALUES
                ('T1', 'A1', 'P2', TIMESTAMP '2026-01-31 23:59:00'),
                ('T2', 'A1', 'P3', TIMESTAMP '2026-03-01 00:00:00'),
                ('T3', 'A2', 'P1', TIMESTAMP '2026-02-14 12:00:00');
            UPDATE dim_account SET csm = 'Ana' WHERE account_id = 'A2';
            """);
        DataVersion.Bump(connection);
        TestEngines.Publish(database);

        var summary = DataSummary.Read(database);

        var accounts = summary.Tables.Single(t => t.Table == "dim_account");
        Assert.Equal((2L, new DateOnly(2024, 5, 1), new DateOnly(2025, 2, 10)), (accounts.Rows, accounts.From, accounts.To));
        var tickets = summary.Tables.Single(t => t.Table == "fact_ticket");
        Assert.Equal((3L, new DateOnly(2026, 1, 31), new DateOnly(2026, 3, 1)), (tickets.Rows, tickets.From, tickets.To));
        var contacts = summary.Tables.Single(t => t.Table == "dim_contact");
        Assert.Equal((0L, (DateOnly?)null, (DateOnly?)null), (contacts.Rows, contacts.From, contacts.To));
        Assert.Equal(5L, summary.TotalRows);
        Assert.Equal(StarSchema.Tables.Count, summary.Tables.Count);
        Assert.Equal(1L, summary.DataVersion);
        using (AccessScope.Enter(AccessScope.ForBook(["ana"])))
        {
            var scoped = DataSummary.Read(database);
            Assert.Equal((1L, 1L), (scoped.Tables.Single(t => t.Table == "dim_account").Rows, scoped.Tables.Single(t => t.Table == "fact_ticket").Rows));
        }
    }

    [Fact]
    public void A_database_holds_rows_once_any_table_of_the_schema_has_one()
    {
        using var database = TestEngines.Open(engine);
        using var connection = database.Connect();
        Assert.False(DataSummary.HoldsRows(database));

        connection.Execute("INSERT INTO fact_meeting (meeting_id, account_id, kind, scheduled_at) VALUES ('M1', 'A1', 'QBR', TIMESTAMP '2026-01-01 10:00:00')");
        TestEngines.Publish(database);
        Assert.True(DataSummary.HoldsRows(database));
        connection.Execute("DELETE FROM fact_meeting");
        TestEngines.Publish(database);
        Assert.False(DataSummary.HoldsRows(database));
    }

    [Fact]
    public void The_data_version_moves_only_when_a_load_commits()
    {
        using var database = ReportingDatabase.OpenInMemory();
        using var connection = database.Connect();
        Assert.Equal(0L, DataVersion.Current(connection));

        using (var rolledBack = connection.BeginTransaction())
        {
            DataVersion.Bump(connection);
            rolledBack.Rollback();
        }
        Assert.Equal(0L, DataVersion.Current(connection));

        using (var committed = connection.BeginTransaction())
        {
            Assert.Equal(1L, DataVersion.Bump(connection));
            committed.Commit();
        }
        Assert.Equal(1L, DataVersion.Current(connection));
    }
}

public sealed class DataSummaryTestsOnDuckDb() : DataSummaryTests(TestEngine.DuckDb);

/// <summary>Also: rows deleted from the local file behind the warehouse's back are still counted, since the warehouse holds them.</summary>
public sealed class DataSummaryTestsOnClickHouse() : DataSummaryTests(TestEngine.ClickHouse)
{
    [Fact]
    public void The_summary_counts_the_warehouse_rows_not_the_local_files()
    {
        using var database = TestEngines.Open(TestEngine.ClickHouse);
        using var connection = database.Connect();
        connection.Execute("INSERT INTO dim_account (account_id, name, segment) VALUES ('A1', 'Acme', 'SMB'), ('A2', 'Globex', 'SMB')");
        TestEngines.Publish(database);
        connection.Execute("DELETE FROM dim_account");

        Assert.Equal(2L, DataSummary.Read(database).Tables.Single(t => t.Table == "dim_account").Rows);
        Assert.True(DataSummary.HoldsRows(database));
    }
}
