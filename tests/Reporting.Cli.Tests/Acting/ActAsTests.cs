using Reporting.DuckDb;
using System.Text.Json;
using Reporting.Core.Storage;

namespace Reporting.Cli.Tests.Acting;

/// <summary>
/// `--as EMAIL` and the kpis account filters over the KPI fixture (Kpis/kpi_fixture.sql): Kim has A1
/// (6 tickets) and A3 (7 tickets, T21 opened just now), Lee A2 (4 tickets), Ng A4 (4 tickets). Lee reports to Kim; Boss is a leader.
/// </summary>
public sealed class ActAsTests : IDisposable
{
    private readonly TempFolder folder = new();

    public ActAsTests()
    {
        using var database = ReportingDatabase.Open(Db);
        using var connection = database.Connect();
        connection.Execute(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Kpis", "kpi_fixture.sql")));
        connection.Execute("""
            INSERT INTO dim_team_member (email, name, role, manager_email) VALUES
                ('kim@example.com', 'Kim', 'csm', 'boss@example.com'), ('lee@example.com', 'Lee', 'csm', 'kim@example.com'),
                ('ng@example.com', 'Ng', 'csm', 'boss@example.com'), ('boss@example.com', 'Boss', 'leader', NULL);
            """);
    }

    private string Db => folder.File("db.duckdb");

    [Fact]
    public void Kpis_as_a_csm_without_reports_equal_kpis_for_their_name()
    {
        var asNg = CliRun.Invoke("kpis", "--db", Db, "--as", "NG@example.com", "--json");
        var forNg = CliRun.Invoke("kpis", "--db", Db, "--csm", "Ng", "--json");

        Assert.Equal(0, asNg.ExitCode);
        Assert.Equal(forNg, asNg);
        // A4's NPS answers: 0, 1, 10, 9, 10, 9 → (4 − 2) / 6; solved or reopened T17, T18, reopened T18 → 50 %.
        Assert.Equal(["nps=33.3|6", "reopen_rate=50|2"], Kpis(asNg.Output, "nps", "reopen_rate"));
    }

    [Fact]
    public void Kpis_narrow_by_csm_region_and_tier_without_case()
    {
        var emeaPlatinum = CliRun.Invoke("kpis", "--db", Db, "--region", "emea", "--tier", "Platinum", "--json");

        Assert.Equal(0, emeaPlatinum.ExitCode);
        Assert.Equal(CliRun.Invoke("kpis", "--db", Db, "--account", "A3", "--json"), emeaPlatinum);
        // Kim's A1 and A3: solved or reopened T01–T04, T11, T12, T14, T16; reopened T02, T12 → 25 %.
        Assert.Equal(["reopen_rate=25|8"], Kpis(CliRun.Invoke("kpis", "--db", Db, "--csm", " kim ", "--json").Output, "reopen_rate"));
    }

    [Theory]
    [InlineData("--csm", "Pat", "error: csm: no account has the CSM 'Pat'")]
    [InlineData("--region", "Mars", "error: region: no account has the region 'Mars'")]
    [InlineData("--tier", "Gold", "error: tier: no account has the tier 'Gold'")]
    public void An_unknown_filter_value_is_a_usage_error_naming_it(string option, string value, string message)
    {
        var (exitCode, output) = CliRun.Invoke("kpis", "--db", Db, option, value);

        Assert.Equal((2, message), (exitCode, output.Trim()));
    }

    [Fact]
    public void A_query_as_a_csm_reads_their_book_and_their_reports()
    {
        Assert.Equal(["Kim|13", "Lee|4"], TicketsByCsm("kim@example.com"));
        Assert.Equal(["Lee|4"], TicketsByCsm("lee@example.com"));
        Assert.Equal(["Kim|13", "Lee|4", "Ng|4"], TicketsByCsm("boss@example.com"));
    }

    [Theory]
    [InlineData("kpis")]
    [InlineData("query", "--json", "{}")]
    [InlineData("signals")]
    [InlineData("plan", "--account", "A1")]
    [InlineData("ebr", "--account", "A1", "--out", "a1.pdf")]
    public void An_unknown_email_is_a_usage_error_naming_it(string command, params string[] rest)
    {
        var (exitCode, output) = CliRun.Invoke([command, "--db", Db, "--as", "nobody@example.com", .. rest]);

        Assert.Equal((2, "error: as: no team member has the e-mail 'nobody@example.com'"), (exitCode, output.Trim()));
    }

    [Theory]
    [InlineData("signals", "lee@example.com", 2)]
    [InlineData("signals", "kim@example.com", 0)]
    [InlineData("plan", "lee@example.com", 2)]
    [InlineData("plan", "kim@example.com", 0)]
    public void Another_csms_account_does_not_exist_for_signals_and_plans(string command, string email, int exitCode)
    {
        var result = CliRun.Invoke(command, "--db", Db, "--as", email, "--account", "A1", "--as-of", "2026-04-01", "--json");

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Equal(exitCode == 2, result.Output.Trim() == "error: account: no account 'A1'");
    }

    [Fact]
    public void Another_csms_account_has_no_ebr_pack()
    {
        var (exitCode, output) = CliRun.Invoke("ebr", "--db", Db, "--as", "lee@example.com", "--account", "A1", "--out", folder.File("a1.pdf"));

        Assert.Equal((2, "error: account: no account 'A1'"), (exitCode, output.Trim()));
        Assert.False(File.Exists(folder.File("a1.pdf")));
    }

    [Fact]
    public void Signals_of_every_account_as_a_csm_hold_only_their_accounts()
    {
        var (exitCode, output) = CliRun.Invoke("signals", "--db", Db, "--as", "ng@example.com", "--as-of", "2026-04-01", "--json");
        var all = CliRun.Invoke("signals", "--db", Db, "--as-of", "2026-04-01", "--json");

        Assert.Equal(0, exitCode);
        Assert.Equal(["A1", "A2", "A3", "A4"], Accounts(all.Output));
        Assert.Equal(["A4"], Accounts(output));
    }

    private string[] TicketsByCsm(string email)
    {
        var (exitCode, output) = CliRun.Invoke("query", "--db", Db, "--as", email, "--json", """{"measures": ["tickets.count"], "dimensions": ["tickets.csm"]}""");
        Assert.True(exitCode == 0, output);
        return JsonDocument.Parse(output).RootElement.GetProperty("data").EnumerateArray()
            .Select(r => $"{r.GetProperty("tickets.csm").GetString()}|{r.GetProperty("tickets.count").GetInt32()}").ToArray();
    }

    private static string[] Kpis(string json, params string[] ids)
    {
        var kpis = JsonDocument.Parse(json).RootElement.GetProperty("kpis");
        return ids.Select(id => $"{id}={kpis.GetProperty(id).GetProperty("value").GetRawText()}|{kpis.GetProperty(id).GetProperty("n").GetRawText()}").ToArray();
    }

    private static string[] Accounts(string json) =>
        JsonDocument.Parse(json).RootElement.EnumerateArray().Select(a => a.GetProperty("account").GetProperty("id").GetString()!).ToArray();

    public void Dispose() => folder.Dispose();
}
