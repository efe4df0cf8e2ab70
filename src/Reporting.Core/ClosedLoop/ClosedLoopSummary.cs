using Reporting.Core.Kpis;

namespace Reporting.Core.ClosedLoop;

/// <summary>
/// The detractor closed loop as of a date: protocol compliance and the recovery rate (over the
/// detractor answers of the dates asked for), recovery by first-contact bucket, the answers with
/// steps overdue (of the last <see cref="OverdueDays"/> days) and the follow-up surveys due.
/// </summary>
public sealed record ClosedLoopSummary(
    DateOnly AsOf,
    ProtocolCompliance Compliance,
    KpiValue RecoveryRate,
    IReadOnlyList<RecoveryBucket> RecoveryByFirstContact,
    int OverdueDays,
    IReadOnlyList<OverdueDetractor> Overdue,
    IReadOnlyList<FollowUpDue> FollowUps);
