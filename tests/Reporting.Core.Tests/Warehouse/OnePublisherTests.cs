using Reporting.ClickHouse;
using Reporting.Core.Storage;
using Reporting.Core.Warehouse;
using Reporting.DuckDb;
using Reporting.Tests.Chdb;

namespace Reporting.Core.Tests.Warehouse;

/// <summary>
/// Two applications on one ClickHouse server (loopback to chDB), each with a local file of its own:
/// the first loads two accounts and publishes them; the second, started on an empty file, must read
/// them, publish nothing over them at start-up and refuse to load, since a publish sends whole tables.
/// </summary>
public sealed class OnePublisherTests : IDisposable
{
    private readonly ClickHouseWarehouse engine = TestWarehouses.Open();
    private readonly LoopbackClickHouse server;
    private readonly string folder = Directory.CreateTempSubdirectory("reporting-one-publisher-").FullName;

    public OnePublisherTests() => server = new LoopbackClickHouse(engine);

    [Fact]
    public void A_second_application_reads_the_warehouse_and_neither_starts_over_it_nor_loads_into_it()
    {
        using (var loader = Open("loader.duckdb"))
        {
            WarehouseWrites.Synchronize(loader);
            using var connection = loader.Connect();
            using var load = connection.BeginTransaction();
            connection.Execute("INSERT INTO dim_account (account_id, name, segment) VALUES ('A1', 'Acme', 'SMB'), ('A2', 'Globex', 'SMB')");
            DataVersion.Bump(connection);
            WarehouseWrites.PublishBeforeCommit(loader, connection, ["dim_account"]);
            load.Commit();
        }

        using var reader = Open("reader.duckdb");
        WarehouseWrites.Synchronize(reader);

        Assert.Equal(2L, AccountsSeenBy(reader));
        using var connection2 = reader.Connect();
        using var refused = connection2.BeginTransaction();
        connection2.Execute("INSERT INTO dim_account (account_id, name, segment) VALUES ('B1', 'Other', 'SMB')");
        DataVersion.Bump(connection2);
        var error = Assert.Throws<InvalidOperationException>(() => WarehouseWrites.PublishBeforeCommit(reader, connection2, ["dim_account"]));
        refused.Rollback();
        Assert.StartsWith("The ClickHouse warehouse is published from another database file", error.Message);
        Assert.Equal(2L, AccountsSeenBy(reader));

        using var loaderAgain = Open("loader.duckdb");
        WarehouseWrites.Synchronize(loaderAgain);
        Assert.Equal(2L, AccountsSeenBy(loaderAgain));
    }

    public void Dispose()
    {
        server.Dispose();
        engine.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private ReportingDatabase Open(string local) =>
        ReportingDatabase.Open(new ClickHouseServer(ClickHouseServerAddress.Parse(server.Address), Path.Combine(folder, local)), new DuckDbDatabaseOptions());

    private static long AccountsSeenBy(ReportingDatabase database)
    {
        using var facts = database.ConnectFacts();
        return Convert.ToInt64(facts.Query("SELECT count(*) FROM dim_account").Scalar());
    }
}
