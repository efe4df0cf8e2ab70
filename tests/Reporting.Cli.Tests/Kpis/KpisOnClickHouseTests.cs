using System.Text.Json;
using Reporting.Core.Storage;
using Reporting.DuckDb;
using Reporting.Tests.Chdb;

namespace Reporting.Cli.Tests.Kpis;

/// <summary>`reporting load` then `reporting kpis --json` on embedded ClickHouse (chdb:DIR), on a ClickHouse server (clickhouse://, loopback) and on a DuckDB file, from the same files.</summary>
public sealed class KpisOnClickHouseTests : IDisposable
{
    private static readonly string[] Window = ["--from", "2026-01-01", "--to", "2026-03-31", "--json"];
    private readonly TempFolder folder = new();
    private readonly string clickHouse = TestWarehouses.NewLocation();

    public KpisOnClickHouseTests()
    {
        Write("accounts.csv", "account_id,name,segment\nA1,Acme,SMB\nA2,Globex,Enterprise\n");
        Write("tickets.csv", """
            ticket_id,account_id,priority,created_at,first_response_at,solved_at,status,reopens
            T1,A1,P1,2026-01-05T10:00:00Z,2026-01-05T10:30:00Z,2026-01-05T12:00:00Z,solved,1
            T2,A1,P2,2026-01-10T09:00:00Z,2026-01-10T10:00:00Z,2026-01-10T14:00:00Z,solved,0
            T3,A2,P1,2026-02-03T08:00:00Z,2026-02-03T08:10:00Z,2026-02-03T09:00:00Z,solved,0
            T4,A2,P3,2026-02-15T12:00:00Z,2026-02-15T16:00:00Z,,open,0

            """);
        Write("surveys.csv", """
            response_id,account_id,survey_type,score,responded_at
            R1,A1,nps,10,2026-01-20T00:00:00Z
            R2,A1,nps,9,2026-01-21T00:00:00Z
            R3,A2,nps,7,2026-02-02T00:00:00Z
            R4,A2,nps,3,2026-02-03T00:00:00Z
            R5,A2,nps,6,2026-03-04T00:00:00Z

            """);
    }

    [Fact]
    public void Kpis_on_clickhouse_equal_kpis_on_duckdb_from_the_same_files()
    {
        var duckDb = folder.File("db.duckdb");
        Load(duckDb);
        Load(clickHouse);

        var (onDuckDb, onClickHouse) = (Kpis(duckDb), Kpis(clickHouse));

        Assert.Equal(onDuckDb, onClickHouse);
        // By hand: NPS over 10 9 7 3 6 = 100 × (2 − 2) / 5; first responses 30, 60, 10, 240 minutes → median 45;
        // of T1–T3 (solved once), T1 reopened → 33.3 %.
        Assert.Equal(["nps=0|5", "frt_median_minutes=45|4", "reopen_rate=33.3|3"], Picked(onClickHouse, "nps", "frt_median_minutes", "reopen_rate"));
    }

    [Fact]
    public void Kpis_on_a_clickhouse_server_equal_kpis_on_duckdb()
    {
        var duckDb = folder.File("db.duckdb");
        Load(duckDb);
        using var engine = TestWarehouses.Open();
        using var server = new LoopbackClickHouse(engine);
        // Beside a server the local DuckDB file is where Reporting__LocalDatabase says (no other test names a server).
        Environment.SetEnvironmentVariable("Reporting__LocalDatabase", folder.File("local.duckdb"));
        try
        {
            Load(server.Address);

            Assert.Equal(Kpis(duckDb), Kpis(server.Address));
            Assert.True(server.Requests > 10, $"{server.Requests} requests reached the server");
        }
        finally
        {
            Environment.SetEnvironmentVariable("Reporting__LocalDatabase", null);
        }
    }

    [Fact]
    public void Kpis_answer_from_clickhouse_not_from_the_local_file()
    {
        Load(clickHouse);
        // Rows taken out of the local file behind the warehouse's back: the published data stays as loaded,
        // for the cube and for the account check and health KPIs read outside it.
        using (var database = ReportingDatabase.Open(clickHouse))
        using (var connection = database.Connect())
        {
            connection.Execute("DELETE FROM fact_survey_response WHERE score < 7; DELETE FROM dim_account");
        }

        Assert.Equal(["nps=0|5"], Picked(Kpis(clickHouse), "nps"));
        // A2: 7, 3, 6 → no promoter, two detractors of three.
        var (exitCode, output) = CliRun.Invoke(["kpis", "--db", clickHouse, "--account", "A2", .. Window]);
        Assert.True(exitCode == 0, output);
        Assert.Equal(["nps=-66.7|3"], Picked(output, "nps"));
    }

    private void Load(string database)
    {
        foreach (var (kind, file) in new[] { ("accounts", "accounts.csv"), ("tickets", "tickets.csv"), ("surveys", "surveys.csv") })
        {
            var (exitCode, output) = CliRun.Invoke("load", "--db", database, "--kind", kind, folder.File(file));
            Assert.True(exitCode == 0, output);
        }
    }

    private static string Kpis(string database)
    {
        var (exitCode, output) = CliRun.Invoke(["kpis", "--db", database, .. Window]);
        Assert.True(exitCode == 0, output);
        return output;
    }

    private static string[] Picked(string json, params string[] ids)
    {
        var kpis = JsonDocument.Parse(json).RootElement.GetProperty("kpis");
        return [.. ids.Select(id => $"{id}={kpis.GetProperty(id).GetProperty("value")}|{kpis.GetProperty(id).GetProperty("n")}")];
    }

    private void Write(string name, string content) => File.WriteAllText(folder.File(name), content);

    public void Dispose() => folder.Dispose();
}
