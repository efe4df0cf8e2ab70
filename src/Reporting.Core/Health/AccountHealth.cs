using Reporting.Core.Accounts;

namespace Reporting.Core.Health;

/// <summary>
/// An account's health as of a date: the current score (the last whole month before the date), the
/// monthly history (oldest first, ending with the current month), its spells at risk and how long
/// each took to recover, and its revenue at risk.
/// </summary>
public sealed record AccountHealth(
    AccountCard Account,
    DateOnly AsOf,
    double AtRiskBelow,
    int WindowMonths,
    HealthPoint Current,
    IReadOnlyList<HealthPoint> History,
    IReadOnlyList<HealthRecovery> Recoveries,
    RevenueExposure Revenue);
