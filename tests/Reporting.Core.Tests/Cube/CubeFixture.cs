using Reporting.DuckDb;
using Reporting.Core.Cube;
using Reporting.Core.Cube.Compiling;
using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Storage;
using Reporting.Core.Kpis;
using Reporting.Core.Tests.Engines;

namespace Reporting.Core.Tests.Cube;

/// <summary>
/// Six tickets and six NPS answers over three accounts, small enough to compute every number by
/// hand, on a database of <see cref="TestEngine"/> (DuckDB in memory unless named) with the shipped model (reports/model).
/// </summary>
public sealed class CubeFixture : IDisposable
{
    public static readonly DateOnly Today = new(2026, 4, 15);

    public CubeFixture()
        : this(TestEngine.DuckDb)
    {
    }

    public CubeFixture(TestEngine engine)
    {
        Database = TestEngines.Open(engine);
        using var connection = Database.Connect();
        connection.Execute("""
            INSERT INTO dim_account (account_id, name, segment, tier) VALUES
                ('A1', 'Acme', 'SMB', 'Standard'), ('A2', 'Bolt', 'SMB', 'Premium'), ('A3', 'Crane', 'Enterprise', 'Platinum');
            INSERT INTO fact_ticket (ticket_id, account_id, priority, created_at, first_response_at, solved_at, status, reopens, assignee_stations) VALUES
                ('T1', 'A1', 'P1', TIMESTAMP '2026-01-05 10:00', TIMESTAMP '2026-01-05 10:30', TIMESTAMP '2026-01-05 12:00', 'solved', 1, 2),
                ('T2', 'A1', 'P2', TIMESTAMP '2026-01-10 09:00', TIMESTAMP '2026-01-10 10:00', TIMESTAMP '2026-01-10 14:00', 'solved', 0, 1),
                ('T3', 'A2', 'P1', TIMESTAMP '2026-02-03 08:00', TIMESTAMP '2026-02-03 08:10', TIMESTAMP '2026-02-03 09:00', 'solved', 0, 3),
                ('T4', 'A3', 'P3', TIMESTAMP '2026-02-15 12:00', TIMESTAMP '2026-02-15 16:00', NULL, 'open', 0, 1),
                ('T5', 'A3', 'P1', TIMESTAMP '2026-03-01 00:00', NULL, NULL, 'new', 0, NULL),
                ('T6', 'A3', 'P2', TIMESTAMP '2026-03-20 18:00', TIMESTAMP '2026-03-20 19:30', TIMESTAMP '2026-03-21 04:00', 'solved', 2, 4);
            INSERT INTO fact_survey_response (response_id, account_id, survey_type, score, responded_at) VALUES
                ('R1', 'A1', 'nps', 10, TIMESTAMP '2026-01-20'), ('R2', 'A1', 'nps', 9, TIMESTAMP '2026-01-21'),
                ('R3', 'A2', 'nps', 7, TIMESTAMP '2026-02-02'), ('R4', 'A2', 'nps', 3, TIMESTAMP '2026-02-03'),
                ('R5', 'A3', 'nps', 6, TIMESTAMP '2026-03-04'), ('R6', 'A3', 'nps', 8, TIMESTAMP '2026-03-05'),
                ('R7', 'A3', 'csat', 5, TIMESTAMP '2026-03-06');
            """);
        TestEngines.Publish(Database);
        Model = SemanticModel.Load(ModelFolder, connection);
        Engine = new CubeEngine(Model, Database, KpiCatalog.DefaultLowSampleBelow);
    }

    public static string ModelFolder => Reporting.Core.Cube.CubeEngine.DefaultModelFolder;

    public ReportingDatabase Database { get; }

    public SemanticModel Model { get; }

    public CubeEngine Engine { get; }

    public CubeResult Query(CubeQuery query) => Engine.Query(query, Today);

    /// <summary>Runs <paramref name="sql"/> on the local database and publishes the tables, as a load does.</summary>
    public void Load(string sql)
    {
        using (var connection = Database.Connect())
        {
            connection.Execute(sql);
        }
        TestEngines.Publish(Database);
    }

    /// <summary>Each row as "dimension values | measure values | grouping", numbers rounded to 2 places; observations left out.</summary>
    public string[] Rows(CubeQuery query)
    {
        var result = Query(query);
        var shown = result.Columns.Select((c, i) => (c, i)).Where(p => p.c.Kind != OutputKind.Observations).Select(p => p.i).ToList();
        return result.Rows.Select(row => string.Join("|", shown.Select(i => Format(row[i])))).ToArray();
    }

    private static string Format(object? value) => value switch
    {
        null => "∅",
        double d => Math.Round(d, 2).ToString(System.Globalization.CultureInfo.InvariantCulture),
        decimal m => Math.Round(m, 2).ToString(System.Globalization.CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!,
    };

    public void Dispose() => Database.Dispose();
}
