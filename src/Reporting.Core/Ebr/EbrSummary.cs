using Reporting.Core.Dashboards;
using Reporting.Core.Health;
using Reporting.Core.Signals;

namespace Reporting.Core.Ebr;

/// <summary>
/// The executive summary: the health score as of the pack's date and its monthly history, the
/// pack's KPI tiles, up to three wins (KPIs that improved, told as outcomes) and up to three risks
/// (the fired warning signals, most severe first).
/// </summary>
public sealed record EbrSummary(
    HealthPoint Health,
    IReadOnlyList<HealthPoint> HealthHistory,
    double AtRiskBelow,
    IReadOnlyList<KpiTile> Tiles,
    IReadOnlyList<EbrWin> Wins,
    IReadOnlyList<SignalEvaluation> Risks);
