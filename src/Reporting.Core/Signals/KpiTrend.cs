namespace Reporting.Core.Signals;

/// <summary>
/// The numbers a KPI check looked at: the KPI's value in each period (oldest first, the current one
/// last), its target, and the smallest change and fewest observations the check accepted.
/// </summary>
public sealed record KpiTrend(string Kpi, IReadOnlyList<PeriodValue> Periods, double? Target, double MinChange, int MinObservations);
