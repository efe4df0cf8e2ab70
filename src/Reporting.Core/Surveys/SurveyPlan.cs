namespace Reporting.Core.Surveys;

/// <summary>
/// Who to survey in a month: the sends (at most one per contact, each respecting the cap) and the
/// surveys the cap holds back. Cohort is this month's slot of the relational cycle, 1-based.
/// </summary>
public sealed record SurveyPlan(
    string Month,
    double CohortShare,
    int CycleMonths,
    int Cohort,
    int CapDays,
    IReadOnlyList<PlannedSend> Sends,
    IReadOnlyList<HeldBackSurvey> HeldBack);
