using Reporting.Core.Kpis;

namespace Reporting.Core.Dashboards;

/// <summary>
/// The 95 % margin of error a change is judged by: a KPI's own margin KPI ("nps" has "nps_margin",
/// KPIS.md), else for a percent the binomial margin 1.96 × 100 × sqrt(p (1 − p) / n); none for
/// means and medians.
/// </summary>
public static class KpiMargin
{
    public static string MarginKpiOf(string kpi) => kpi + "_margin";

    public static double? Of(KpiDefinition kpi, KpiValue value, KpiValue? ownMargin)
    {
        if (ownMargin is { Value: { } margin })
        {
            return margin;
        }
        if (kpi.Unit != KpiUnit.Percent || value is not { Value: { } percent, N: > 0 } || percent is < 0 or > 100)
        {
            return null;
        }
        var p = percent / 100;
        return Math.Round(196 * Math.Sqrt(p * (1 - p) / value.N), kpi.Decimals, MidpointRounding.AwayFromZero);
    }
}
