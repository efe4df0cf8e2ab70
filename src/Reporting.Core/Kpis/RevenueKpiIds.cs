namespace Reporting.Core.Kpis;

/// <summary>The KPIs of reports/kpis.yaml marked "computed: revenue": they need each account's running ARR.</summary>
public static class RevenueKpiIds
{
    public const string Computed = "revenue";

    /// <summary>The days after a month-end within which a churn counts for the health AUC and bands.</summary>
    public const int HealthChurnDays = 180;

    public static readonly string[] All =
    [
        "nrr", "grr", "logo_churn_rate",
        "churn_180d_after_promoter", "churn_180d_after_passive", "churn_180d_after_detractor", "churn_90d_after_detractor",
        "health_churn_auc", "churn_180d_health_below_50", "churn_180d_health_50_70", "churn_180d_health_70_85", "churn_180d_health_85_plus",
    ];
}
