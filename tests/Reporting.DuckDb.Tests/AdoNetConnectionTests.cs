using System.Data;
using System.Data.Common;

namespace Reporting.DuckDb.Tests;

/// <summary>DuckDbConnection as plain ADO.NET code sees it: connection strings, state, shared files.</summary>
public sealed class AdoNetConnectionTests
{
    [Fact]
    public void Connections_to_one_file_share_one_database_and_see_each_others_commits()
    {
        using var directory = new TempDirectory();
        // Two spellings of one path: the database is shared by full path.
        using var first = new DuckDbConnection($"Data Source={directory.File("shared.duckdb")}");
        using var second = new DuckDbConnection($"Data Source={directory.Path}/sub/../shared.duckdb");
        first.Open();
        second.Open();

        Ado.NonQuery(first, "CREATE TABLE t(id INTEGER)");
        Ado.NonQuery(first, "INSERT INTO t VALUES (1)");
        Assert.Equal(1, Ado.Scalar(second, "SELECT max(id) FROM t"));

        Ado.NonQuery(second, "INSERT INTO t VALUES (2)");
        Assert.Equal(2L, Ado.Scalar(first, "SELECT count(*) FROM t"));
    }

    [Fact]
    public void A_file_database_closes_with_its_last_connection_and_keeps_its_data()
    {
        using var directory = new TempDirectory();
        var file = directory.File("kept.duckdb");
        var first = new DuckDbConnection($"Data Source={file}");
        var second = new DuckDbConnection($"Data Source={file}");
        first.Open();
        second.Open();
        Ado.NonQuery(first, "CREATE TABLE t AS SELECT 'kept' AS v");

        // DuckDB checkpoints the write-ahead log into the file and deletes it when the database closes.
        first.Close();
        Assert.True(File.Exists(file + ".wal"));
        second.Close();
        Assert.False(File.Exists(file + ".wal"));

        using var database = DuckDbDatabase.Open(file);
        using var reader = database.Connect();
        Assert.Equal("kept", reader.Query("SELECT v FROM t").Scalar());
    }

    [Fact]
    public void Each_in_memory_connection_string_opens_its_own_database()
    {
        using var first = new DuckDbConnection("Data Source=:memory:");
        using var second = new DuckDbConnection("Data Source=:memory:");
        first.Open();
        second.Open();

        Ado.NonQuery(first, "CREATE TABLE only_here(id INTEGER)");

        Assert.Equal(0L, Ado.Scalar(second, "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'only_here'"));
    }

    [Fact]
    public void State_and_descriptions_follow_open_and_close()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        Assert.Equal(ConnectionState.Closed, connection.State);

        connection.Open();
        Assert.Equal(ConnectionState.Open, connection.State);
        Assert.Equal(("main", ":memory:", DuckDbEngine.Version), (connection.Database, connection.DataSource, connection.ServerVersion));
        Assert.Equal("v1.5", DuckDbEngine.Version[..4]);

        connection.Close();
        Assert.Equal(ConnectionState.Closed, connection.State);
        Assert.Throws<InvalidOperationException>(() => connection.Query("SELECT 1"));
    }

    [Fact]
    public void The_connection_string_cannot_change_while_open()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();

        Assert.Throws<InvalidOperationException>(() => connection.ConnectionString = "Data Source=other.duckdb");
    }

    [Fact]
    public void Plain_ado_net_code_maps_rows_without_a_helper_library()
    {
        using DbConnection connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        Ado.NonQuery(connection, "CREATE TABLE ticket(id INTEGER, title VARCHAR, closed DATE)");
        Ado.NonQuery(connection, "INSERT INTO ticket VALUES (1, 'Printer on fire', DATE '2026-03-02'), (2, 'VPN', NULL), (3, 'Mail', NULL)");

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, title, closed FROM ticket WHERE id >= $from ORDER BY id";
        var from = command.CreateParameter();
        from.ParameterName = "from";
        from.Value = 1;
        command.Parameters.Add(from);
        var tickets = new List<Ticket>();
        using (var reader = command.ExecuteReader())
        {
            int id = reader.GetOrdinal("id"), title = reader.GetOrdinal("title"), closed = reader.GetOrdinal("closed");
            while (reader.Read())
            {
                tickets.Add(new Ticket(reader.GetInt32(id), reader.GetString(title),
                    reader.IsDBNull(closed) ? null : reader.GetFieldValue<DateOnly>(closed)));
            }
        }

        Assert.Equal(
            [new Ticket(1, "Printer on fire", new DateOnly(2026, 3, 2)), new Ticket(2, "VPN", null), new Ticket(3, "Mail", null)],
            tickets);
    }

    [Fact]
    public void A_reader_opened_with_close_connection_closes_it()
    {
        using var connection = new DuckDbConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1";

        using (var reader = command.ExecuteReader(CommandBehavior.CloseConnection))
        {
            Assert.True(reader.Read());
        }

        Assert.Equal(ConnectionState.Closed, connection.State);
    }

    private sealed record Ticket(int Id, string Title, DateOnly? Closed);
}
