namespace Reporting.Core.Signals;

/// <summary>reports/playbook.yaml cannot be used: names the file and the entry, so start-up fails clearly.</summary>
public sealed class PlaybookException(string file, string problem) : Exception($"{file}: {problem}")
{
    public string File { get; } = file;
}
