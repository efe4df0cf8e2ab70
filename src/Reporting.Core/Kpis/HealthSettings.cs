namespace Reporting.Core.Kpis;

/// <summary>
/// How account health is judged (reports/kpis.yaml, "health"): at risk below <paramref name="AtRiskBelow"/>;
/// a month's score is computed over the <paramref name="WindowMonths"/> whole months ending with it; revenue
/// at risk counts renewals within <paramref name="RevenueHorizonDays"/> days.
/// </summary>
public sealed record HealthSettings(double AtRiskBelow = 70, int WindowMonths = 3, int RevenueHorizonDays = 180)
{
    /// <summary>The stable id of the health score KPI, whose components and weights the health uses.</summary>
    public const string ScoreKpi = "health_score";

    /// <summary>The <see cref="KpiDefinition.Computed"/> value of KPIs computed from the accounts' monthly health.</summary>
    public const string ComputedFromAccountHealth = "account_health";
}
