namespace Reporting.Seed.Model;

/// <summary>A fact_survey_send row; the response names its send (send_id), so the send leaves response_id empty.</summary>
internal sealed record SurveySendRow(
    string SendId,
    string AccountId,
    string ContactId,
    string SurveyType,
    string SurveyKind,
    string Trigger,
    DateTime SentAt,
    DateTime? FollowedUpAt);
