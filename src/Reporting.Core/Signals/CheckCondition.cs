namespace Reporting.Core.Signals;

/// <summary>What a signal's check looks for (reports/playbook.yaml "when").</summary>
public enum CheckCondition
{
    /// <summary>The current period's value is below the previous one's by at least the KPI's minimum change.</summary>
    Falls,

    /// <summary>The current period's value is above the previous one's by at least the minimum change.</summary>
    Rises,

    /// <summary>Fell in each of the last two steps (three periods).</summary>
    FallsTwoPeriods,

    /// <summary>Rose in each of the last two steps, optionally while another KPI stayed flat.</summary>
    RisesTwoPeriods,

    /// <summary>The current value is on the wrong side of the KPI's target.</summary>
    MissesTarget,

    /// <summary>A percent below 100: some of what was due (a QBR/EBR) did not happen.</summary>
    Missed,

    /// <summary>Above 0 as of the as-of date, counting everything up to it (aging P1/P2).</summary>
    Present,

    /// <summary>Comments of the current period carry one of the themes.</summary>
    Mentioned,
}
