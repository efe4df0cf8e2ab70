using Spectre.Console;

namespace Reporting.Cli.Tests;

/// <summary>Runs the real command line in-process and captures what it prints.</summary>
internal static class CliRun
{
    public static (int ExitCode, string Output) Invoke(params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 240; // wide enough that no message wraps
        var exitCode = ReportingCli.Run(args, console);
        return (exitCode, writer.ToString());
    }
}

/// <summary>A temporary folder for one test's database, removed afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("reporting-cli-tests-").FullName;

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
