namespace Reporting.Core.Surveys;

/// <summary>
/// A survey the contact cap holds back: who, which survey was due on which day, the send that
/// blocks it (an earlier send, or the plan's own send to the contact this month: BlockingSendId
/// null) and the first day the contact may be surveyed again.
/// </summary>
public sealed record HeldBackSurvey(
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
    DateOnly DueOn,
    DateOnly EligibleOn,
    string? BlockingSendId,
    DateOnly BlockingSentOn,
    string? BlockingTrigger,
    string Reason,
    string? TicketId);
