using System.Text.Json;
using Reporting.Tests.Fixtures;

namespace Reporting.Cli.Tests.Loading;

/// <summary>
/// Issue 17, case 1: values and file names are text, never console markup; output to a file or a
/// pipe is plain (no colours, no escape codes, no wrapping), and so is a terminal with NO_COLOR.
/// </summary>
public sealed class LoadOutputTests : IDisposable
{
    private const string Escape = "\u001b[";
    private readonly LoadingFolder folder = new();

    public LoadOutputTests()
    {
        Assert.Equal(0, folder.Load("accounts", LoadErrorCase.Path("accounts.csv")).ExitCode);
    }

    private string Db => folder.Db;

    [Fact]
    public void On_a_terminal_brackets_print_as_they_are_and_skip_invalid_exits_0_once_the_good_rows_are_in()
    {
        var path = folder.Copy("export[1].csv");

        var (exitCode, output) = CliRun.InvokeOn(CliRun.Terminal, "load", "--db", Db, "--kind", "tickets", "--skip-invalid", path);

        Assert.Equal(0, exitCode);
        Assert.Contains(Escape, output);
        Assert.Contains($"error: {path}:3: column 'priority' value '[P2]': must be one of P1, P2, P3, P4", Unstyled(output));
        Assert.Equal(2L, folder.Count("fact_ticket"));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void A_pipe_or_no_color_gets_plain_lines_that_never_wrap(bool terminal, bool noColor)
    {
        var path = folder.Copy("tickets_summary_line.csv");

        var (exitCode, output) = CliRun.InvokeOn(w => CliConsole.Create(w, terminal, noColor), "load", "--db", Db, "--kind", "tickets", path);

        Assert.Equal(1, exitCode);
        Assert.DoesNotContain(Escape, output);
        // Longer than the 80 columns a console assumes without a terminal, and on one line.
        var error = LoadErrorCase.ById("2 a trailing summary line").ErrorsFor(path)[0];
        Assert.True(error.Length > 80);
        Assert.Contains("\nerror: " + error + "\n", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Query_json_is_never_wrapped_even_on_a_narrow_console()
    {
        Assert.Equal(0, CliRun.Invoke("load", "--db", Db, "--kind", "tickets", "--skip-invalid", folder.Copy("export[1].csv")).ExitCode);
        var query = """{"measures": ["tickets.count", "tickets.frt_median_minutes"], "dimensions": ["tickets.priority", "tickets.created_at"]}""";

        var (exitCode, output) = CliRun.InvokeOn(w =>
        {
            var console = CliConsole.Create(w, terminal: false, noColor: false);
            console.Profile.Width = 30;
            return console;
        }, "query", "--db", Db, "--json", query);

        Assert.Equal(0, exitCode);
        var data = JsonDocument.Parse(output).RootElement.GetProperty("data");
        Assert.Equal(["P1|1", "P3|1"], data.EnumerateArray().Select(r => $"{r.GetProperty("tickets.priority").GetString()}|{r.GetProperty("tickets.count").GetInt32()}"));
    }

    [Fact]
    public void Without_a_terminal_each_stage_is_one_plain_line()
    {
        var (exitCode, output) = CliRun.Invoke("load", "--db", Db, "--kind", "tickets", folder.Copy("export[1].csv"));

        Assert.Equal(1, exitCode);
        Assert.Contains($"… read export[1].csv\n", output.ReplaceLineEndings("\n"));
    }

    private static string Unstyled(string output) =>
        System.Text.RegularExpressions.Regex.Replace(output, "\u001b\\[[0-9;?]*[A-Za-z]", "");

    public void Dispose() => folder.Dispose();
}
