using Reporting.Core.Kpis;

namespace Reporting.Core.Revenue;

/// <summary>
/// What the Revenue dashboard shows for a scope and period: the ARR bridge, retention by segment and
/// per period, the revenue KPIs computed from the running ARR (churn after each NPS group, the health
/// AUC and the churn per health band, by stable id), and the accounts that churned.
/// </summary>
public sealed record RevenueReport(
    ArrBridge Bridge,
    IReadOnlyList<RetentionRow> BySegment,
    IReadOnlyList<RetentionRow> OverTime,
    IReadOnlyDictionary<string, KpiValue> Kpis,
    IReadOnlyList<ChurnedAccount> Churned);
