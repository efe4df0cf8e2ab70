namespace Reporting.Core.Ebr;

/// <summary>The sections a pack can be made of, in reports/ebr/*.yaml by their snake_case names.</summary>
public enum EbrSection
{
    /// <summary>Account, period, CSM and date.</summary>
    Cover,

    /// <summary>Health and its trend, the KPI tiles against targets, three wins and three risks.</summary>
    ExecutiveSummary,

    /// <summary>NPS, CSAT and CES trends, the promoter/passive/detractor mix, themes, quotes.</summary>
    Sentiment,

    /// <summary>FRT and TTR by priority, reopens, handoffs, SLA against the previous period and the segment's median.</summary>
    Support,

    /// <summary>Active users, feature adoption, QBR attendance, the engagement index.</summary>
    Engagement,

    /// <summary>"You said, we did": closed detractor cases and their outcomes.</summary>
    YouSaidWeDid,

    /// <summary>The 30-60-90 plan.</summary>
    Plan,

    /// <summary>The definitions of the KPIs the pack shows.</summary>
    Appendix,
}
