namespace Reporting.Core.Themes;

/// <summary>reports/themes.yaml cannot be used: names the file and the theme, so start-up fails clearly.</summary>
public sealed class ThemesException(string file, string problem) : Exception($"{file}: {problem}")
{
    public string File { get; } = file;

    public string Problem { get; } = problem;
}
