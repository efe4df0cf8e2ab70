namespace Reporting.Core.Ebr;

/// <summary>A pack file that cannot be used, named with the file and the field at fault.</summary>
public sealed class EbrPackException(string file, string message) : Exception($"{file}: {message}")
{
    public string File { get; } = file;
}
