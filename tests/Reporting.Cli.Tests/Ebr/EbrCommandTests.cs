using System.Text.RegularExpressions;
using Reporting.Core.Ebr;
using Reporting.Tests.Pdf;

namespace Reporting.Cli.Tests.Ebr;

/// <summary>`reporting ebr` on a small seeded database (4 accounts, 3 months): one pack, every pack, and no Chromium.</summary>
public sealed class EbrCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    private string Db => folder.File("db.duckdb");

    public EbrCommandTests()
    {
        var (exitCode, output) = CliRun.Invoke("seed", "--db", Db, "--accounts", "4", "--months", "3");
        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public void One_account_is_one_pdf_naming_it_for_the_dates_asked()
    {
        var (exitCode, output) = CliRun.Invoke("ebr", "--db", Db, "--account", "ACC-0002", "--out", folder.File("packs/acc-0002.pdf"));

        Assert.True(exitCode == 0, output);
        var pdf = folder.File("packs/acc-0002.pdf");
        var period = EbrPeriod.Resolve(null, null, 3, DateOnly.FromDateTime(DateTime.UtcNow));
        var info = Poppler.Info(pdf);
        var name = Regex.Match(output, @"Wrote \S+: (.+) \(ACC-0002\)").Groups[1].Value;
        Assert.NotEmpty(name);
        Assert.StartsWith($"{name} · Executive Business Review · {period.From:MMM yyyy}", info["Title"]);
        Assert.Contains(name, Poppler.Text(pdf, first: 1, last: 1));
        Assert.InRange(int.Parse(info["Pages"], System.Globalization.CultureInfo.InvariantCulture), 8, 14);
        Poppler.SavePages(pdf, "cli-ACC-0002");
    }

    [Fact]
    public void All_accounts_print_in_parallel_into_a_folder_with_a_summary()
    {
        var (exitCode, output) = CliRun.Invoke("ebr", "--db", Db, "--all", "--from", "2026-01-01", "--to", "2026-03-31", "--out", folder.File("all"), "--parallel", "2");

        Assert.True(exitCode == 0, output);
        Assert.Contains("Printed 4 of 4 packs into", output);
        Assert.Equal(
            ["ebr-ACC-0001-2026-01-01-2026-03-31.pdf", "ebr-ACC-0002-2026-01-01-2026-03-31.pdf", "ebr-ACC-0003-2026-01-01-2026-03-31.pdf", "ebr-ACC-0004-2026-01-01-2026-03-31.pdf"],
            Directory.GetFiles(folder.File("all")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(Directory.GetFiles(folder.File("all")), pdf => Assert.Equal("yes", Poppler.Info(pdf)["Tagged"]));
    }

    [Fact]
    public void Without_chromium_it_exits_1_with_the_install_command()
    {
        var (exitCode, output) = CliRun.Invoke("ebr", "--db", Db, "--account", "ACC-0001", "--out", folder.File("x.pdf"), "--chromium", "/nonexistent/chromium");

        Assert.Equal(1, exitCode);
        Assert.Contains("apt-get install -y chromium", output);
        Assert.False(File.Exists(folder.File("x.pdf")));
    }

    [Fact]
    public void An_unknown_account_or_a_missing_choice_is_a_usage_error()
    {
        var unknown = CliRun.Invoke("ebr", "--db", Db, "--account", "NOPE", "--out", folder.File("x.pdf"));
        var neither = CliRun.Invoke("ebr", "--db", Db, "--out", folder.File("x.pdf"));
        var badDate = CliRun.Invoke("ebr", "--db", Db, "--account", "ACC-0001", "--from", "2026-02-30", "--out", folder.File("x.pdf"));

        Assert.Equal((2, true), (unknown.ExitCode, unknown.Output.Contains("no account 'NOPE'", StringComparison.Ordinal)));
        Assert.Equal((2, true), (neither.ExitCode, neither.Output.Contains("--account", StringComparison.Ordinal)));
        Assert.Equal((2, true), (badDate.ExitCode, badDate.Output.Contains("from: '2026-02-30' is not a date", StringComparison.Ordinal)));
    }

    public void Dispose() => folder.Dispose();
}
