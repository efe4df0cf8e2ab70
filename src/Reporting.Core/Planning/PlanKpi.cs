using Reporting.Core.Kpis;

namespace Reporting.Core.Planning;

/// <summary>
/// The KPI an action moves: its value in the current period (the baseline) on <see cref="N"/>
/// observations, and the target, with where the target came from (<see cref="TargetBasis"/>).
/// </summary>
public sealed record PlanKpi(string Id, KpiUnit Unit, KpiDirection Direction, double? Baseline, long N, double? Target, TargetBasis TargetBasis);
