using Reporting.DuckDb;
using System.Text.Json;
using Reporting.Core.Access;
using Reporting.Core.Storage;

namespace Reporting.Cli.Tests.Acting;

/// <summary>
/// `--as` on the demo seed (12 accounts, 3 months) and its team, where Priya Raman manages Kenji Sato:
/// a CSM without reports reads exactly what `--csm "their name"` reads; Priya's book holds Kenji's accounts.
/// </summary>
public sealed class SeededActAsTests : IDisposable
{
    private readonly TempFolder folder = new();

    public SeededActAsTests()
    {
        var (exitCode, output) = CliRun.Invoke("seed", "--db", Db, "--accounts", "12", "--months", "3");
        Assert.True(exitCode == 0, output);
    }

    private string Db => folder.File("db.duckdb");

    [Fact]
    public void Kpis_as_each_csm_without_reports_equal_kpis_for_their_name()
    {
        var csms = CsmsWithAccountsAndNoReports();

        Assert.NotEmpty(csms);
        foreach (var csm in csms)
        {
            var asCsm = CliRun.Invoke("kpis", "--db", Db, "--as", csm.Email, "--json");
            Assert.Equal(0, asCsm.ExitCode);
            Assert.Equal(CliRun.Invoke("kpis", "--db", Db, "--csm", csm.Name, "--json"), asCsm);
        }
    }

    [Fact]
    public void A_query_by_csm_as_priya_names_only_her_and_kenji()
    {
        var (exitCode, output) = CliRun.Invoke("query", "--db", Db, "--as", "priya.raman@cs.example.com", "--json",
            """{"measures": ["tickets.count"], "dimensions": ["tickets.csm"]}""");

        Assert.True(exitCode == 0, output);
        var names = JsonDocument.Parse(output).RootElement.GetProperty("data").EnumerateArray().Select(r => r.GetProperty("tickets.csm").GetString()).ToList();
        Assert.NotEmpty(names);
        Assert.All(names, n => Assert.Contains(n, new[] { "Priya Raman", "Kenji Sato" }));
    }

    public void Dispose() => folder.Dispose();

    private List<TeamMember> CsmsWithAccountsAndNoReports()
    {
        using var database = ReportingDatabase.Open(Db);
        var team = new TeamDirectory(database).Members();
        using var connection = database.Connect();
        var rows = connection.Query("SELECT DISTINCT csm FROM dim_account");
        var named = Enumerable.Range(0, rows.RowCount).Select(i => (string)rows.Columns[0].GetValue(i)!).ToHashSet();
        return team.Where(m => m.Role == TeamRole.Csm && named.Contains(m.Name) && !team.Any(r => r.ManagerEmail == m.Email)).ToList();
    }
}
