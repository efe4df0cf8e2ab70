namespace Reporting.Core.Signals;

/// <summary>A warning signal of reports/playbook.yaml (KPIS.md numbers them 1–8): it fires when any check holds.</summary>
public sealed record SignalDefinition(string Id, int Number, string Title, int Severity, IReadOnlyList<SignalCheck> Checks);
