namespace Reporting.Core.Kpis;

/// <summary>What a KPI's number counts; percents are 0..100.</summary>
public enum KpiUnit
{
    Percent,
    Minutes,
    Hours,
    Count,
    Ratio,
    Score,
    Days,
    Currency,
}

/// <summary>Which way is good.</summary>
public enum KpiDirection
{
    Up,
    Down,
}

/// <summary>Where a value stands against the KPI's thresholds.</summary>
public enum KpiStatus
{
    Unknown,
    Good,
    Warn,
    Bad,
}
