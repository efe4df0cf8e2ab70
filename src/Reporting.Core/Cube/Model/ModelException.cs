namespace Reporting.Core.Cube.Model;

/// <summary>The semantic model cannot be used: names the file and member, so start-up fails clearly.</summary>
public sealed class ModelException(string file, string problem) : Exception($"{file}: {problem}")
{
    public string File { get; } = file;
}
