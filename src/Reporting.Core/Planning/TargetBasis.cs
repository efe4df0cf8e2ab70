namespace Reporting.Core.Planning;

/// <summary>Where an action's target comes from.</summary>
public enum TargetBasis
{
    /// <summary>The KPI's target in reports/kpis.yaml (better than the account's own recent level, or no history).</summary>
    KpiTarget,

    /// <summary>The account's own level in the previous periods, better than the KPI's target: back to where it was.</summary>
    OwnHistory,

    /// <summary>The baseline is already at or past both: hold it.</summary>
    Hold,
}
