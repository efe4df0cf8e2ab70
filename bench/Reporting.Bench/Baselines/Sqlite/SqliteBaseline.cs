using Microsoft.Data.Sqlite;
using Reporting.Bench.Cube;

namespace Reporting.Bench.Baselines.Sqlite;

/// <summary>
/// SQLite (Microsoft.Data.Sqlite) in a database file: the rows read from the cube's database and
/// inserted in one transaction (timed as the load, journal off), then the queries of
/// <see cref="SqliteQueries"/>. Every connection gets a 512 MiB page cache and in-memory temporary
/// storage; cold is a new connection (pooling off), its page cache empty.
/// </summary>
public sealed class SqliteBaseline : IKpiBaseline
{
    private const string Pragmas = "PRAGMA cache_size = -524288; PRAGMA temp_store = MEMORY;";

    // Times become Unix seconds: SQLite has no timestamp type, and integers make durations plain differences.
    private static readonly (string Table, string Select)[] Tables =
    [
        ("dim_account", "SELECT account_id, name, segment, region, tier, csm FROM dim_account"),
        ("fact_ticket", """
            SELECT ticket_id, account_id, priority, channel, category, group_name, assignee, epoch(created_at)::BIGINT,
                   epoch(first_response_at)::BIGINT, epoch(solved_at)::BIGINT, status, reopens, assignee_stations, group_stations
            FROM fact_ticket
            """),
        ("fact_survey_response", "SELECT response_id, account_id, survey_type, survey_kind, trigger, score, epoch(responded_at)::BIGINT FROM fact_survey_response"),
    ];

    private CubeData? data;
    private string? connectionString;
    private SqliteConnection? warm;

    public string Side => "SQLite";

    public string LoadSubject => "INSERT in one transaction (rows read from DuckDB), SQLite";

    public string Note => SqliteQueries.Note + " Page cache 512 MiB, temp store in memory.";

    public bool HasColdStart => true;

    public void Prepare(CubeData data, Workspace workspace)
    {
        this.data = data;
        connectionString = new SqliteConnectionStringBuilder { DataSource = workspace.FreshDatabase("baseline.sqlite"), Pooling = false }.ToString();
        warm = Open();
        Execute(warm, SqliteQueries.Schema);
    }

    public void Load()
    {
        var connection = warm ?? throw new InvalidOperationException("Prepare first");
        Execute(connection, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
        using (var source = (data ?? throw new InvalidOperationException("Prepare first")).OpenReadOnly())
        using (var duck = source.Connect())
        using (var transaction = connection.BeginTransaction())
        {
            foreach (var (table, select) in Tables)
            {
                Copy(duck, select, connection, transaction, table);
            }
            transaction.Commit();
        }
        Execute(connection, "ANALYZE");
    }

    public KpiAnswer Cold(KpiQuery query)
    {
        using var connection = Open();
        return Answer(connection, query);
    }

    public KpiAnswer Warm(KpiQuery query) => Answer(warm ?? throw new InvalidOperationException("Prepare first"), query);

    public void Dispose()
    {
        warm?.Dispose();
        SqliteConnection.ClearAllPools();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString ?? throw new InvalidOperationException("Prepare first"));
        connection.Open();
        Execute(connection, Pragmas);
        return connection;
    }

    /// <summary>Streams the DuckDB rows chunk by chunk into one prepared INSERT.</summary>
    private static void Copy(System.Data.Common.DbConnection duck, string select, SqliteConnection connection, SqliteTransaction transaction, string table)
    {
        using var read = duck.CreateCommand();
        read.CommandText = select;
        using var reader = read.ExecuteReader();
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        var names = Enumerable.Range(0, reader.FieldCount).Select(i => $"$p{i}").ToList();
        insert.CommandText = $"INSERT INTO {table} VALUES ({string.Join(", ", names)})";
        var parameters = names.Select(n => insert.Parameters.Add(new SqliteParameter { ParameterName = n })).ToList();
        insert.Prepare();
        while (reader.Read())
        {
            for (var i = 0; i < parameters.Count; i++)
            {
                parameters[i].Value = reader.IsDBNull(i) ? DBNull.Value : reader.GetValue(i);
            }
            insert.ExecuteNonQuery();
        }
    }

    private static KpiAnswer Answer(SqliteConnection connection, KpiQuery query)
    {
        using var command = connection.CreateCommand();
        command.CommandText = SqliteQueries.Sql(query.Id);
        using var reader = command.ExecuteReader();
        return KpiAnswer.Read(reader, query.KeyColumns);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
