using System.Data.Common;
using Reporting.Bench.Cube;
using Reporting.DuckDb;

namespace Reporting.Bench.Baselines.Linq;

/// <summary>
/// Plain LINQ over in-memory lists: the rows read from the cube's database into lists of records
/// (timed as the load), then <see cref="LinqQueries"/>. There is no cold start: the lists are in memory.
/// </summary>
public sealed class LinqBaseline : IKpiBaseline
{
    private CubeData? data;
    private LinqQueries? queries;

    public string Side => "LINQ";

    public string LoadSubject => "read from DuckDB into List<T> of records, LINQ";

    public string Note => "LINQ: GroupBy over List<T> of records on one thread, accounts by dictionary, percentiles by sorting each group.";

    public bool HasColdStart => false;

    public void Prepare(CubeData data, Workspace workspace) => this.data = data;

    public void Load()
    {
        using var database = (data ?? throw new InvalidOperationException("Prepare first")).OpenReadOnly();
        using var connection = database.Connect();
        // Repeated text (ids of 200 accounts, four priorities) is shared, as a loader of real data would do.
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        string Shared(string text) => pool.TryGetValue(text, out var known) ? known : pool[text] = text;
        var accounts = Read(connection, "SELECT account_id, segment, tier, csm FROM dim_account",
            r => new AccountRow(Shared(r.GetString(0)), Shared(r.GetString(1)), Shared(r.GetString(2)), Shared(r.GetString(3))));
        var tickets = Read(connection, "SELECT account_id, priority, created_at, first_response_at, solved_at, reopens, assignee_stations FROM fact_ticket",
            r => new TicketRow(Shared(r.GetString(0)), Shared(r.GetString(1)), r.GetDateTime(2), Nullable(r, 3, r.GetDateTime),
                Nullable(r, 4, r.GetDateTime), r.GetInt32(5), Nullable(r, 6, r.GetInt32)));
        var answers = Read(connection, "SELECT account_id, survey_type, score, responded_at FROM fact_survey_response",
            r => new AnswerRow(Shared(r.GetString(0)), Shared(r.GetString(1)), r.GetInt16(2), r.GetDateTime(3)));
        queries = new LinqQueries(tickets, answers, accounts);
    }

    public KpiAnswer Cold(KpiQuery query) => Warm(query);

    public KpiAnswer Warm(KpiQuery query) => (queries ?? throw new InvalidOperationException("Load first")).Answer(query.Id);

    public void Dispose()
    {
    }

    private static List<T> Read<T>(DbConnection connection, string sql, Func<DbDataReader, T> row)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(row(reader));
        }
        return rows;
    }

    private static T? Nullable<T>(DbDataReader reader, int ordinal, Func<int, T> get)
        where T : struct => reader.IsDBNull(ordinal) ? null : get(ordinal);
}
