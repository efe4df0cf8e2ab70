namespace Reporting.Core.Health;

/// <summary>
/// One part of a health score: the KPI, its weight, its value and observations over the score's
/// months, its target, and the value scaled to 0–100 against the target (null without a value,
/// when the part is left out and the other weights renormalised).
/// </summary>
public sealed record HealthComponent(string Kpi, double Weight, double? Value, long N, double? Target, double? Scaled);
