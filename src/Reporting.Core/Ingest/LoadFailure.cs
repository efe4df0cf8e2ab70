namespace Reporting.Core.Ingest;

/// <summary>Stops a load before any row is written: the file cannot be read or lacks a required column.</summary>
public sealed class LoadFailure(IReadOnlyList<LoadError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<LoadError> Errors { get; } = errors;

    public static LoadFailure ForFile(string path, string reason) => new([new LoadError(path, 0, "", null, reason)]);
}
