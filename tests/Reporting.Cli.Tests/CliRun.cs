using Spectre.Console;

namespace Reporting.Cli.Tests;

/// <summary>Runs the real command line in-process and captures what it prints.</summary>
internal static class CliRun
{
    public static (int ExitCode, string Output) Invoke(params string[] args) => InvokeOn(writer =>
    {
        var console = CliConsole.Create(writer, terminal: false, noColor: false);
        console.Profile.Width = 240; // wide enough for the tables
        return console;
    }, args);

    /// <summary>Runs with <paramref name="stdin"/> as redirected standard input (a password piped in).</summary>
    public static (int ExitCode, string Output) InvokeWithInput(string stdin, params string[] args)
    {
        var writer = new StringWriter();
        var console = CliConsole.Create(writer, terminal: false, noColor: false);
        console.Profile.Width = 240;
        var exitCode = ReportingCli.Run(args, console, new StringReader(stdin));
        return (exitCode, writer.ToString());
    }

    /// <summary>Runs on a console of the test's making (a terminal with colours, a narrow pipe …).</summary>
    public static (int ExitCode, string Output) InvokeOn(Func<TextWriter, IAnsiConsole> console, params string[] args)
    {
        var writer = new StringWriter();
        var exitCode = ReportingCli.Run(args, console(writer));
        return (exitCode, writer.ToString());
    }

    /// <summary>A terminal as a user has one: colours, escape codes, live progress bars.</summary>
    public static IAnsiConsole Terminal(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.TrueColor,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 240; // a terminal wraps at its width; this one is wide enough for every message
        return console;
    }
}

/// <summary>A temporary folder for one test's database, removed afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("reporting-cli-tests-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
