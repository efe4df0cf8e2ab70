namespace Reporting.Core.Planning;

/// <summary>
/// One action of an account's plan: what to do, in which stage, who owns it, when it is due (the plan's
/// date plus <see cref="DueDays"/>), the KPI it moves with baseline and target, its impact (the summed
/// severity of the signals calling for it) and their evidence.
/// </summary>
public sealed record PlanAction(
    string Id,
    string Title,
    string Stage,
    string StageTitle,
    string Owner,
    DateOnly Due,
    int DueDays,
    PlanKpi Kpi,
    int Impact,
    IReadOnlyList<PlanEvidence> Evidence);
