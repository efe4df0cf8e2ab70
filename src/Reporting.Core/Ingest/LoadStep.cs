namespace Reporting.Core.Ingest;

/// <summary>One step of a load (reading a file, a check, the merge …) and how long it took.</summary>
public sealed record LoadStep(string Name, double Seconds);
