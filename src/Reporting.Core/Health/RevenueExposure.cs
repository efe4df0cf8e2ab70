namespace Reporting.Core.Health;

/// <summary>
/// An account's share of revenue at risk: its ARR counts when it is at risk and renews between the
/// as-of date and the horizon (<see cref="AtRiskArr"/>; 0 otherwise).
/// </summary>
public sealed record RevenueExposure(decimal? Arr, DateOnly? RenewalOn, int HorizonDays, bool RenewsWithinHorizon, bool AtRisk, decimal AtRiskArr);
