using System.Text.Json;
using Reporting.Cli.Tests.Users;

namespace Reporting.Cli.Tests.Audit;

/// <summary>`reporting audit`: what the command line did, newest first.</summary>
public sealed class AuditCommandTests : IDisposable
{
    private readonly TeamFolder folder = new();

    [Fact]
    public void Loads_that_commit_and_loads_that_fail_are_audited_newest_first_with_their_error_counts()
    {
        folder.LoadTeam();
        var bad = folder.Write("team-bad.csv", "email,name,role\nnope,Nobody,boss\n");
        CliRun.Invoke("load", "--db", folder.Db, "--kind", "team", bad);

        var (exitCode, output) = CliRun.Invoke("audit", "--db", folder.Db, "--json");

        Assert.Equal(0, exitCode);
        var entries = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        Assert.Equal(
            [
                "cli|load|team: team-bad.csv|failed|1 rows read, 2 errors",
                "cli|load|team: team.csv|ok|4 rows read, 0 errors",
            ],
            entries.Select(e => string.Join("|", new[] { "actor", "action", "target", "outcome", "detail" }.Select(p => e.GetProperty(p).GetString()))));
        Assert.Equal(["occurred_at", "actor", "action", "target", "origin", "outcome", "detail"], entries[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(Environment.MachineName, entries[0].GetProperty("origin").GetString());
        Assert.True(entries[0].GetProperty("occurred_at").GetDateTimeOffset() >= entries[1].GetProperty("occurred_at").GetDateTimeOffset());
    }

    [Fact]
    public void Limit_keeps_the_newest_entries_and_the_table_shows_them()
    {
        folder.LoadTeam();
        CliRun.InvokeWithInput("correct horse battery staple\n", "users", "set-password", "ada@example.com", "--db", folder.Db);

        var (exitCode, output) = CliRun.Invoke("audit", "--db", folder.Db, "--limit", "1");

        Assert.Equal(0, exitCode);
        Assert.Matches(@"│ \d{4}-\d\d-\d\d \d\d:\d\d:\d\d\s*│ cli\s*│ user-change\s*│ ada@example\.com\s*│ .*│ ok\s*│ password set\s*│", output);
        Assert.DoesNotContain("team.csv", output);
    }

    [Fact]
    public void An_empty_log_says_so_and_a_limit_below_1_is_refused()
    {
        Assert.Equal((0, "The audit log is empty."), Trimmed(CliRun.Invoke("audit", "--db", folder.Db)));
        Assert.Equal((2, "error: --limit must be 1 or more."), Trimmed(CliRun.Invoke("audit", "--db", folder.Db, "--limit", "0")));
    }

    private static (int, string) Trimmed((int ExitCode, string Output) run) => (run.ExitCode, run.Output.Trim());

    public void Dispose() => folder.Dispose();
}
