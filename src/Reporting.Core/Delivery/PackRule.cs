namespace Reporting.Core.Delivery;

/// <summary>
/// Which accounts' packs a rule subscription sends: those renewing within <see cref="RenewingWithinDays"/>
/// days of the occurrence and/or whose current health score is below <see cref="HealthBelow"/>
/// (both must hold when both are set; at least one is set).
/// </summary>
public sealed record PackRule(int? RenewingWithinDays, int? HealthBelow);
