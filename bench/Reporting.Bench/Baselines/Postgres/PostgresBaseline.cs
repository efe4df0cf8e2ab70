using Npgsql;
using Reporting.Bench.Cube;
using Reporting.Core.Sql;
using Reporting.DuckDb;

namespace Reporting.Bench.Baselines.Postgres;

/// <summary>
/// PostgreSQL on a private cluster: the rows exported from the cube's database to CSV (not timed),
/// then COPY FROM STDIN into unlogged tables and VACUUM (FREEZE, ANALYZE) (timed as the load), then
/// the queries of <see cref="PostgresQueries"/>. Cold is a new backend (no connection pooling).
/// </summary>
public sealed class PostgresBaseline : IKpiBaseline
{
    private static readonly (string Table, string Columns)[] Tables =
    [
        ("dim_account", "account_id, name, segment, region, tier, csm"),
        ("fact_ticket", "ticket_id, account_id, priority, channel, category, group_name, assignee, created_at, first_response_at, solved_at, status, reopens, assignee_stations, group_stations"),
        ("fact_survey_response", "response_id, account_id, survey_type, survey_kind, trigger, score, responded_at"),
    ];

    private PostgresCluster? cluster;
    private NpgsqlConnection? warm;
    private readonly Dictionary<string, string> files = [];

    public string Side => "PostgreSQL 15";

    public string LoadSubject => "COPY FROM STDIN (CSV) + VACUUM ANALYZE, PostgreSQL 15";

    public string Note => $"PostgreSQL: GROUPING SETS and percentile_cont as the cube; unlogged tables, {PostgresCluster.Settings}.";

    public bool HasColdStart => true;

    public void Prepare(CubeData data, Workspace workspace)
    {
        cluster = PostgresCluster.Start();
        using (var source = data.OpenReadOnly())
        using (var connection = source.Connect())
        {
            foreach (var (table, columns) in Tables)
            {
                files[table] = workspace.File(table + ".csv");
                // The path is the benchmark's own temporary file; the table names are constants.
                connection.Execute($"COPY (SELECT {columns} FROM {table}) TO {SqlIdentifier.Literal(files[table])} (HEADER)");
            }
        }
        warm = new NpgsqlConnection(cluster.ConnectionString(pooling: true));
        warm.Open();
        Execute(warm, PostgresQueries.Schema);
    }

    public void Load()
    {
        var connection = warm ?? throw new InvalidOperationException("Prepare first");
        foreach (var (table, columns) in Tables)
        {
            using var writer = connection.BeginTextImport($"COPY {table} ({columns}) FROM STDIN (FORMAT csv, HEADER true)");
            using var reader = new StreamReader(files[table]);
            var buffer = new char[1 << 16];
            int read;
            while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                writer.Write(buffer, 0, read);
            }
        }
        Execute(connection, "VACUUM (FREEZE, ANALYZE)");
    }

    public KpiAnswer Cold(KpiQuery query)
    {
        using var connection = new NpgsqlConnection((cluster ?? throw new InvalidOperationException("Prepare first")).ConnectionString(pooling: false));
        connection.Open();
        return Answer(connection, query);
    }

    public KpiAnswer Warm(KpiQuery query) => Answer(warm ?? throw new InvalidOperationException("Prepare first"), query);

    public void Dispose()
    {
        warm?.Dispose();
        cluster?.Dispose();
    }

    private static KpiAnswer Answer(NpgsqlConnection connection, KpiQuery query)
    {
        using var command = new NpgsqlCommand(PostgresQueries.Sql(query.Id), connection);
        using var reader = command.ExecuteReader();
        return KpiAnswer.Read(reader, query.KeyColumns);
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
