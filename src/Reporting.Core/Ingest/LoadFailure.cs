namespace Reporting.Core.Ingest;

/// <summary>Stops a load before any row is written: an option is wrong, a file cannot be read or lacks a required column.</summary>
public sealed class LoadFailure(IReadOnlyList<LoadError> errors, long? total = null)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<LoadError> Errors { get; } = errors;

    /// <summary>How many errors there are; more than <see cref="Errors"/> lists when a scan stopped listing.</summary>
    public long Total { get; } = total ?? errors.Count;

    public static LoadFailure ForFile(string name, string reason, string? hint = null, string? detail = null) =>
        new([new LoadError(name, 0, "", null, reason) { Hint = hint, Detail = detail }]);

    /// <summary>An option of the load (e.g. --timezone) is wrong; over HTTP it is the query parameter of the same name.</summary>
    public static LoadFailure ForOption(string option, string? value, string reason) =>
        new([new LoadError("", 0, option, value, reason)]);
}
