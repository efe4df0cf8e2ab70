using System.Data.Common;
using System.Text;
using ClickHouse.Driver;
using ClickHouse.Driver.ADO;
using Reporting.ClickHouse;
using Reporting.Tests.Chdb;

namespace Reporting.ClickHouse.Tests;

/// <summary>ClickHouse.Driver against embedded ClickHouse, in process and over loopback HTTP: the same statements, values and errors.</summary>
public sealed class EmbeddedDriverTests : IDisposable
{
    private const string Hostile = "it's \"q\" \\ </script>\t\n\u0001 é";
    private readonly ClickHouseWarehouse warehouse = TestWarehouses.Open();

    public void Dispose() => warehouse.Dispose();

    [Fact]
    public void Values_and_parameters_come_back_as_written_in_process() => RoundTrip(warehouse);

    [Fact]
    public void Values_and_parameters_come_back_as_written_over_loopback_http()
    {
        using var server = new LoopbackClickHouse(warehouse);
        using var remote = ClickHouseWarehouse.OpenServer(ClickHouseServerAddress.Parse(server.Address));
        RoundTrip(remote);
        Assert.True(server.Requests >= 4);
    }

    [Fact]
    public void A_servers_database_named_in_the_url_is_made_when_missing_and_kept_when_there()
    {
        using var server = new LoopbackClickHouse(warehouse);
        var name = "made_" + Guid.NewGuid().ToString("N");
        using var remote = ClickHouseWarehouse.OpenServer(ClickHouseServerAddress.Parse(server.Address) with { Database = name });

        remote.CreateDatabase();
        using (var connection = remote.Connect())
        {
            Execute(connection, "CREATE TABLE kept (a String) ENGINE = MergeTree ORDER BY a");
        }
        remote.CreateDatabase();

        using var check = warehouse.Connect();
        Assert.Equal("1", Scalar(check, $"SELECT toString(count()) FROM system.tables WHERE database = '{name}' AND name = 'kept'"));
    }

    [Fact]
    public void A_wrong_password_is_refused_by_the_server()
    {
        using var server = new LoopbackClickHouse(warehouse);
        var address = ClickHouseServerAddress.Parse(server.Address) with { Password = "wrong" };
        using var remote = ClickHouseWarehouse.OpenServer(address);
        using var connection = remote.Connect();
        var error = Assert.ThrowsAny<Exception>(() => Scalar(connection, "SELECT 1"));
        Assert.Contains("401", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_engine_error_reaches_the_caller_with_its_code_and_text()
    {
        using var connection = warehouse.Connect();
        var error = Assert.Throws<ClickHouseServerException>(() => Scalar(connection, "SELECT nope FROM system.one"));
        Assert.Equal(47, error.ErrorCode);
        Assert.Contains("Unknown expression identifier `nope`", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_posted_in_a_format_are_inserted()
    {
        using var connection = warehouse.Connect();
        Execute(connection, "CREATE TABLE posted (a String, n Nullable(Int64)) ENGINE = MergeTree ORDER BY a");
        var rows = new MemoryStream(Encoding.UTF8.GetBytes("x\t1\nit's \\\\ y\t\\N\n"));
        await ((ClickHouseConnection)connection).PostStreamAsync("INSERT INTO posted FORMAT TabSeparated", rows, false, CancellationToken.None, null);
        Assert.Equal("x|1|it's \\ y|", Scalar(connection, "SELECT arrayStringConcat(groupArray(concat(a, '|', ifNull(toString(n), ''))), '|') FROM (SELECT * FROM posted ORDER BY a DESC)"));
    }

    [Fact]
    public void Rolled_up_keys_and_missing_join_sides_are_null_as_in_standard_sql()
    {
        using var connection = warehouse.Connect();
        Execute(connection, "CREATE TABLE f (k String, v Int64) ENGINE = MergeTree ORDER BY k");
        Execute(connection, "INSERT INTO f VALUES ('a', 1), ('b', 2)");
        Assert.Equal(1L, Convert.ToInt64(Scalar(connection, "SELECT count() FROM (SELECT k, sum(v) FROM f GROUP BY ROLLUP (k)) WHERE k IS NULL")));
        Assert.Equal(DBNull.Value, Scalar(connection, "SELECT d.k FROM f LEFT JOIN (SELECT 'a' AS k) AS d ON f.k = d.k WHERE f.k = 'b'"));
    }

    [Fact]
    public void A_second_data_folder_in_the_process_is_refused_naming_both()
    {
        var other = Path.Combine(Path.GetTempPath(), "reporting-chdb-other-" + Guid.NewGuid().ToString("N"));
        var error = Assert.Throws<InvalidOperationException>(() => ClickHouseWarehouse.OpenEmbedded(other));
        Assert.Contains(warehouse.Engine!.Folder, error.Message, StringComparison.Ordinal);
        Assert.Contains(other, error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(other));
    }

    private static void RoundTrip(ClickHouseWarehouse target)
    {
        using var connection = target.Connect();
        Execute(connection, "CREATE TABLE IF NOT EXISTS typed (a String, d Date32, ts DateTime64(6, 'UTC'), v Nullable(Float64), n UInt64) ENGINE = MergeTree ORDER BY (a, ts)");
        Execute(connection, "TRUNCATE TABLE typed");
        Execute(connection, "INSERT INTO typed VALUES ('x', '2024-01-02', '2024-01-02 03:04:05.25', 1.5, 7), ('y', '2299-12-31', '2024-01-03 00:00:00', NULL, 8)");
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT a, d, ts, v, n, {p1:String} AS p FROM typed WHERE a != {p1:String} ORDER BY a";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "p1";
        parameter.Value = Hostile;
        command.Parameters.Add(parameter);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal(("x", new DateTime(2024, 1, 2), new DateTime(2024, 1, 2, 3, 4, 5, 250), 1.5, 7UL, Hostile),
            (reader.GetString(0), reader.GetDateTime(1), reader.GetDateTime(2), reader.GetDouble(3), (ulong)reader.GetValue(4), reader.GetString(5)));
        Assert.True(reader.Read());
        Assert.Equal((new DateTime(2299, 12, 31), true), (reader.GetDateTime(1), reader.IsDBNull(3)));
        Assert.False(reader.Read());
    }

    private static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object? Scalar(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
