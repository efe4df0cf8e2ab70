using Reporting.Core.ClosedLoop;
using Reporting.Core.Kpis;

namespace Reporting.Core.Ebr;

/// <summary>
/// "You said, we did": the detractor protocol's compliance and recovery over the period's answers,
/// and the detractor cases closed in the period (the newest <see cref="MaxCases"/>; <see cref="ClosedCases"/> counts them all).
/// </summary>
public sealed record EbrClosedLoop(ProtocolCompliance Compliance, KpiValue RecoveryRate, long ClosedCases, IReadOnlyList<EbrClosedCase> Cases)
{
    public const int MaxCases = 8;
}

/// <summary>What the customer said (score, comment, their role) and what was done (category, outcome, when closed, the score after).</summary>
public sealed record EbrClosedCase(
    string CaseId,
    DateOnly RespondedOn,
    int Score,
    string? Role,
    string? Comment,
    string? Category,
    string? Outcome,
    DateOnly ClosedOn,
    int? FollowUpScore);
