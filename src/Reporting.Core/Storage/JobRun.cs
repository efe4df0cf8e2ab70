namespace Reporting.Core.Storage;

/// <summary>One run of a named job (UTC times): how many rows it wrote and the data version it left.</summary>
public sealed record JobRun(string Job, DateTime StartedAt, DateTime FinishedAt, long Affected, long DataVersion);
