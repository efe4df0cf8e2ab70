namespace Reporting.Seed.Model;

/// <summary>A fact_survey_response row.</summary>
internal sealed record SurveyResponseRow(
    string ResponseId,
    string AccountId,
    string? ContactId,
    string SurveyType,
    string SurveyKind,
    string? Trigger,
    string? TicketId,
    int Score,
    string? Comment,
    DateTime SentAt,
    DateTime RespondedAt,
    string? SendId = null);
