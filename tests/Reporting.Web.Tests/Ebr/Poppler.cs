using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Reporting.Tests.Pdf;

/// <summary>
/// Reads PDFs back with poppler-utils (pdftotext, pdfinfo, pdftoppm; ./test.sh installs them), as a
/// reader would see them, and saves their pages as PNG test output under the test's bin folder
/// (ebr-pages/, REPORTING_SCREENSHOTS to move them) for people to look at.
/// </summary>
public static partial class Poppler
{
    /// <summary>The text of pages <paramref name="first"/>..<paramref name="last"/> (all by default); -layout keeps columns side by side.</summary>
    public static string Text(string pdf, bool layout = false, int? first = null, int? last = null)
    {
        var arguments = new List<string>();
        if (layout)
        {
            arguments.Add("-layout");
        }
        if (first is { } f)
        {
            arguments.AddRange(["-f", f.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }
        if (last is { } l)
        {
            arguments.AddRange(["-l", l.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }
        return Run("pdftotext", [.. arguments, pdf, "-"]);
    }

    /// <summary>The text with every run of white space made one space: table cells that wrap read as one phrase.</summary>
    public static string Flat(string pdf) => Spaces().Replace(Text(pdf), " ");

    /// <summary>
    /// The text without white space or hyphens: phrases compare whatever way a cell wrapped them,
    /// even at a hyphen (pdftotext joins "30-60-" and "90" into "30-6090").
    /// </summary>
    public static string Squeezed(string text) => SpacesAndHyphens().Replace(text, "");

    /// <summary>pdfinfo's fields: Title, Author, Subject, Pages, Tagged, Page size …</summary>
    public static IReadOnlyDictionary<string, string> Info(string pdf) => Run("pdfinfo", [pdf])
        .Split('\n', StringSplitOptions.RemoveEmptyEntries)
        .Select(line => line.Split(':', 2))
        .Where(parts => parts.Length == 2)
        .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim());

    /// <summary>Each page at 60 dpi as NAME-N.png; answers the files.</summary>
    public static IReadOnlyList<string> SavePages(string pdf, string name)
    {
        var folder = Path.Combine(Environment.GetEnvironmentVariable("REPORTING_SCREENSHOTS") is { Length: > 0 } root ? root : AppContext.BaseDirectory, "ebr-pages");
        Directory.CreateDirectory(folder);
        foreach (var old in Directory.GetFiles(folder, $"{name}-*.png"))
        {
            File.Delete(old);
        }
        Run("pdftoppm", ["-r", "60", "-png", pdf, Path.Combine(folder, name)]);
        return Directory.GetFiles(folder, $"{name}-*.png").Order(StringComparer.Ordinal).ToList();
    }

    private static string Run(string tool, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is missing: install poppler-utils (./test.sh does, as root on Debian/Ubuntu).", e);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output.Result : throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {errors}");
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[\s\-]+")]
    private static partial Regex SpacesAndHyphens();
}
