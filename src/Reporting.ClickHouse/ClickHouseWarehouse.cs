using System.Data.Common;
using ClickHouse.Driver.ADO;
using Reporting.ClickHouse.Chdb;

namespace Reporting.ClickHouse;

/// <summary>
/// A ClickHouse database the module reads and publishes to: on a server or cluster (over HTTP), or
/// embedded (chDB in process, answering the same HTTP interface without a socket). Either way a
/// connection is ClickHouse.Driver's, carrying <see cref="RequiredSettings"/>.
/// </summary>
public sealed class ClickHouseWarehouse : IDisposable
{
    /// <summary>The database an embedded warehouse keeps its tables in.</summary>
    public const string EmbeddedDatabase = "reporting";

    private readonly HttpClient http;
    private readonly ClickHouseClientSettings settings;

    private ClickHouseWarehouse(HttpClient http, ClickHouseClientSettings settings, string? cluster, string description, ChdbEngine? engine)
    {
        this.http = http;
        this.settings = settings;
        Cluster = cluster;
        Description = description;
        Engine = engine;
    }

    /// <summary>
    /// Standard SQL's NULLs where ClickHouse would give a type's default: for a LEFT JOIN's missing
    /// side, and for the keys GROUPING SETS rolls up (a subtotal's dimension is NULL, as in DuckDB).
    /// </summary>
    public static IReadOnlyDictionary<string, object> RequiredSettings { get; } = new Dictionary<string, object>
    {
        ["join_use_nulls"] = 1,
        ["group_by_use_nulls"] = 1,
    };

    public string Database => settings.Database;

    /// <summary>The cluster its tables are spread over (clickhouse://…?cluster=NAME), or null for one server.</summary>
    public string? Cluster { get; }

    /// <summary>Where it is, for logs: the folder or the address, never a password.</summary>
    public string Description { get; }

    /// <summary>The embedded engine, or null on a server.</summary>
    public ChdbEngine? Engine { get; }

    /// <summary>Embedded ClickHouse with its data in <paramref name="folder"/>; <paramref name="database"/> is made when missing.</summary>
    public static ClickHouseWarehouse OpenEmbedded(string folder, string database = EmbeddedDatabase)
    {
        var engine = ChdbEngine.Open(folder);
        var made = engine.Query($"CREATE DATABASE IF NOT EXISTS {ClickHouseNames.Quote(database)} ENGINE = Atomic", "TSV", [], new ChdbContext("default", new Dictionary<string, string>()));
        if (made.Error is { } error)
        {
            throw new InvalidOperationException($"chDB in '{engine.Folder}' could not make database '{database}': {error}");
        }
        var http = new HttpClient(new ChdbHttpHandler(engine)) { Timeout = Timeout.InfiniteTimeSpan };
        return new ClickHouseWarehouse(http, Settings("chdb.invalid", 8123, "http", "default", "", database), null, $"chdb:{engine.Folder}", engine);
    }

    public static ClickHouseWarehouse OpenServer(ClickHouseServerAddress address)
    {
        var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var settings = Settings(address.Host, address.Port, address.Secure ? "https" : "http", address.User, address.Password, address.Database);
        return new ClickHouseWarehouse(http, settings, address.Cluster, address.ToString(), null);
    }

    /// <summary>
    /// Makes the database when it is missing (on every node of the cluster, if any): a server's is
    /// named in the URL and may not exist yet; an embedded one is made on open.
    /// </summary>
    public void CreateDatabase()
    {
        using var connection = new ClickHouseConnection(new ClickHouseClientSettings(settings) { HttpClient = http, Database = "default" });
        connection.Open();
        using var command = connection.CreateCommand();
        var onCluster = Cluster is null ? "" : $" ON CLUSTER {ClickHouseNames.Quote(Cluster)}";
        command.CommandText = $"CREATE DATABASE IF NOT EXISTS {ClickHouseNames.Quote(Database)}{onCluster}";
        command.ExecuteNonQuery();
    }

    /// <summary>An open connection; dispose it when the unit of work is done.</summary>
    public DbConnection Connect()
    {
        var connection = new ClickHouseConnection(new ClickHouseClientSettings(settings) { HttpClient = http });
        foreach (var (name, value) in RequiredSettings)
        {
            connection.CustomSettings[name] = value;
        }
        connection.Open();
        return connection;
    }

    public void Dispose() => http.Dispose();

    private static ClickHouseClientSettings Settings(string host, int port, string protocol, string user, string password, string database) => new()
    {
        Host = host,
        Port = checked((ushort)port),
        Protocol = protocol,
        Username = user,
        Password = password,
        Database = database,
        UseCompression = false,
    };
}
