using Reporting.DuckDb;
using System.Text.Json;
using Reporting.Core.Storage;

namespace Reporting.Cli.Tests.Signals;

/// <summary>`reporting signals` and `reporting plan` over the scenario fixture of the core tests, as of 2026-04-01 (ScenarioSignalTests, ScenarioPlanTests).</summary>
public sealed class SignalsCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public SignalsCommandTests()
    {
        using var database = ReportingDatabase.Open(folder.File("db.duckdb"));
        using var connection = database.Connect();
        connection.Execute(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Signals", "scenarios.sql")));
    }

    [Fact]
    public void Signals_of_one_account_as_a_table_of_every_signal()
    {
        var (exitCode, output) = CliRun.Invoke("signals", "--db", folder.File("db.duckdb"), "--account", "ESC", "--as-of", "2026-04-01");

        Assert.Equal(0, exitCode);
        Assert.Contains("ESC Edge GmbH: signals as of 2026-04-01 over 2026-01..2026-03", output);
        Assert.Matches(@"│ 4 │ SLA near-misses or breaches rising, or aging P1/P2\s+│ yes\s+│ sla_near_miss_rate rose from 0 to 50 \(\+50; n 3 → 4\)", output);
        Assert.Matches(@"│ 5 │ Reopen rate rising\s+│ no\s+│", output);
        Assert.Contains("1 comment from executive contacts in 2026-01..2026-03 mentions outage", output);
    }

    [Fact]
    public void Signals_of_every_account_as_json()
    {
        var (exitCode, output) = CliRun.Invoke("signals", "--db", folder.File("db.duckdb"), "--as-of", "2026-04-01", "--json");

        Assert.Equal(0, exitCode);
        var accounts = JsonDocument.Parse(output).RootElement.EnumerateArray()
            .Select(a => $"{a.GetProperty("account").GetProperty("id").GetString()}: {string.Join(" ", a.GetProperty("fired").EnumerateArray().Select(f => f.GetString()))}");
        Assert.Equal(
            ["ESC: sla_pressure executive_escalation commercial_pressure", "GOOD: ", "HND: sentiment_decline effort_rising reopens_rising",
             "PAS: passive_drift", "RCV: ", "SIL: engagement_decline"],
            accounts);
    }

    [Fact]
    public void A_plan_as_json_is_the_same_for_the_same_date()
    {
        var first = CliRun.Invoke("plan", "--db", folder.File("db.duckdb"), "--account", "SIL", "--as-of", "2026-04-01", "--json");
        var second = CliRun.Invoke("plan", "--db", folder.File("db.duckdb"), "--account", "SIL", "--as-of", "2026-04-01", "--json");

        Assert.Equal((0, first.Output), (second.ExitCode, second.Output));
        var actions = JsonDocument.Parse(first.Output).RootElement.GetProperty("actions").EnumerateArray()
            .Select(a => $"{a.GetProperty("id").GetString()} {a.GetProperty("due").GetString()}");
        Assert.Equal(["executive_outreach 2026-04-08", "ebr_with_plan 2026-04-15", "outcome_stories 2026-05-01", "qbr_hygiene 2026-06-30"], actions);
    }

    [Fact]
    public void A_plan_as_a_table()
    {
        var (exitCode, output) = CliRun.Invoke("plan", "--db", folder.File("db.duckdb"), "--account", "GOOD", "--as-of", "2026-04-01");

        Assert.Equal(0, exitCode);
        Assert.Contains("GOOD Good Co: 30-60-90 plan as of 2026-04-01 (no signal fires: sustain)", output);
        Assert.Matches(@"│ 2026-05-31 │ Communicate value and plan │ Invite promoters to references and case studies\s+│ CSM\s+│ promoter_share: 75 → 75\s+│\s+0 │", output);
    }

    [Theory]
    [InlineData("signals", "--account", "NOPE", 2, "error: account: no account 'NOPE'")]
    [InlineData("plan", "--account", "NOPE", 2, "error: account: no account 'NOPE'")]
    [InlineData("signals", "--as-of", "2026-02-30", 2, "error: as-of: '2026-02-30' is not a date (YYYY-MM-DD)")]
    [InlineData("signals", "--as-of", "9999-12-31", 2, "error: as-of: 9999-12-31 is outside the supported dates (2000-01-01..2100-12-31)")]
    [InlineData("plan", "--as-of", "0001-01-01", 2, "error: as-of: 0001-01-01 is outside the supported dates (2000-01-01..2100-12-31)")]
    public void A_bad_account_or_date_exits_non_zero_naming_it(string command, string option, string value, int code, string message)
    {
        var args = command == "plan" && option != "--account"
            ? new[] { command, "--db", folder.File("db.duckdb"), "--account", "HND", option, value }
            : new[] { command, "--db", folder.File("db.duckdb"), option, value };

        var (exitCode, output) = CliRun.Invoke(args);

        Assert.Equal(code, exitCode);
        Assert.Contains(message, output);
    }

    [Fact]
    public void Plan_needs_an_account()
    {
        var (exitCode, output) = CliRun.Invoke("plan", "--db", folder.File("db.duckdb"));

        Assert.Equal(2, exitCode);
        Assert.Contains("--account", output);
    }

    public void Dispose() => folder.Dispose();
}
