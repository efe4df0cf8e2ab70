namespace Reporting.Core.Signals;

/// <summary>
/// What one check found: whether it held, a sentence a reader can check against the numbers, and the
/// evidence: the KPI's periods (and the companion that had to stay flat), or the comments that matched.
/// </summary>
public sealed record CheckOutcome(CheckCondition When, bool Held, string Reason)
{
    public KpiTrend? Kpi { get; init; }

    public KpiTrend? Flat { get; init; }

    /// <summary>The margin of error that bounded the flat KPI's steps, when the check asked for it.</summary>
    public KpiTrend? Margin { get; init; }

    public IReadOnlyList<CommentEvidence> Comments { get; init; } = [];
}
