using Spectre.Console;

namespace Reporting.Cli;

/// <summary>
/// The console the command line writes to: styled on a terminal; plain (no colours, no escape
/// codes, no wrapping, no live progress) when the output goes to a file or a pipe or NO_COLOR is set.
/// </summary>
public static class CliConsole
{
    public static IAnsiConsole Create() => Create(
        Console.Out,
        terminal: !Console.IsOutputRedirected,
        noColor: !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));

    public static IAnsiConsole Create(TextWriter writer, bool terminal, bool noColor)
    {
        if (terminal && !noColor)
        {
            return AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
        }
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
    }

    /// <summary>
    /// Writes one line of text, never read as markup (values such as [P2] or export[1].csv print as
    /// they are). On a plain console it goes straight to the output, unwrapped.
    /// </summary>
    public static void Line(this IAnsiConsole console, string text, Color? color = null)
    {
        if (!console.Profile.Capabilities.Ansi)
        {
            console.Profile.Out.Writer.WriteLine(text);
            return;
        }
        console.Write(new Text(text, color is { } c ? new Style(c) : Style.Plain));
        console.WriteLine();
    }

    /// <summary>Writes text exactly as given (JSON), never wrapped, styled or read as markup.</summary>
    public static void Raw(this IAnsiConsole console, string text)
    {
        console.Profile.Out.Writer.WriteLine(text);
        console.Profile.Out.Writer.Flush();
    }
}
