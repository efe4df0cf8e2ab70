namespace Reporting.Core.Ingest.Staging;

/// <summary>A check of a field's staged text: rows where <paramref name="Condition"/> holds are refused with <paramref name="Reason"/>.</summary>
internal sealed record TextCheck(string Condition, string Reason);
