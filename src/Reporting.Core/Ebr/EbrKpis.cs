namespace Reporting.Core.Ebr;

/// <summary>Which KPIs each section shows (the summary's own are the pack's summary_kpis).</summary>
public static class EbrKpis
{
    public static IReadOnlyList<string> Sentiment { get; } = ["nps", "csat", "ces", "promoter_share", "passive_share", "detractor_share"];

    public static IReadOnlyList<string> Support { get; } =
        ["frt_median_minutes", "frt_p90_minutes", "ttr_median_hours", "reopen_rate", "handoffs_per_ticket", "sla_breach_rate", "sla_near_miss_rate"];

    public static IReadOnlyList<string> Engagement { get; } = ["engagement_index", "active_user_ratio", "feature_adoption", "qbr_attendance", "logins_per_active_user"];

    /// <summary>Drawn month by month over the twelve months ending with the period.</summary>
    public static IReadOnlyList<string> Trends { get; } =
        ["nps", "csat", "ces", "promoter_share", "passive_share", "detractor_share", "active_user_ratio", "feature_adoption", "qbr_attendance", "engagement_index"];

    /// <summary>The KPIs a win may be told about, the outcome stories first.</summary>
    public static IReadOnlyList<string> WinCandidates { get; } =
        ["frt_median_minutes", "ttr_median_hours", "reopen_rate", "handoffs_per_ticket", "nps", "csat", "ces", "sla_breach_rate", "engagement_index", "active_user_ratio", "feature_adoption", "qbr_attendance"];

    public const int TrendMonths = 12;
}
