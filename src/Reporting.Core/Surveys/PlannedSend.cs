namespace Reporting.Core.Surveys;

/// <summary>One survey the plan sends: to whom, which survey, from which day, and why.</summary>
public sealed record PlannedSend(
    string ContactId,
    string? ContactName,
    string? Role,
    string AccountId,
    string AccountName,
    string Segment,
    string? Csm,
    string SurveyType,
    string SurveyKind,
    string Trigger,
    DateOnly SendOn,
    string Reason,
    string? TicketId);
