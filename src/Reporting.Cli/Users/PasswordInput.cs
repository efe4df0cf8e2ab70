using System.Text;
using Spectre.Console;

namespace Reporting.Cli.Users;

/// <summary>Reads a password: the first line of redirected input, else typed at a prompt that shows nothing.</summary>
internal static class PasswordInput
{
    /// <summary>
    /// The password, or null with the reason when none came (empty input, or the two typed ones
    /// differ). <paramref name="input"/> stands for redirected standard input (tests pass their
    /// own); null reads the process's own.
    /// </summary>
    public static string? Read(IAnsiConsole console, TextReader? input, string prompt, out string problem)
    {
        problem = "no password was given.";
        if (input is not null || Console.IsInputRedirected)
        {
            var line = (input ?? Console.In).ReadLine();
            return string.IsNullOrEmpty(line) ? null : line;
        }
        var first = Typed(console, prompt);
        if (first.Length == 0)
        {
            return null;
        }
        if (first != Typed(console, "Again: "))
        {
            problem = "the two passwords differ.";
            return null;
        }
        return first;
    }

    /// <summary>One line typed at the terminal, echoing nothing (not even stars: the length is a secret too).</summary>
    private static string Typed(IAnsiConsole console, string prompt)
    {
        // Asking for a key puts the terminal in .NET's reading mode (no echo) before the prompt shows,
        // so that keys typed ahead of the first ReadKey are not echoed either.
        _ = Console.KeyAvailable;
        console.Profile.Out.Writer.Write(prompt);
        console.Profile.Out.Writer.Flush();
        var text = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                text.Length = Math.Max(0, text.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }
        console.Profile.Out.Writer.WriteLine();
        return text.ToString();
    }
}
