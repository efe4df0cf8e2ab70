namespace Reporting.Seed.Model;

/// <summary>A fact_engagement row: a struct, because there are about a million of them.</summary>
internal readonly record struct EngagementRow(string AccountId, string UserId, DateTime OccurredAt, string Event);

/// <summary>A fact_meeting row.</summary>
internal sealed record MeetingRow(string MeetingId, string AccountId, string Kind, DateTime ScheduledAt, bool Held, bool KeyStakeholderAttended);

/// <summary>A fact_detractor_case row; the later steps are null while the case has not reached them.</summary>
internal sealed record DetractorCaseRow(
    string CaseId,
    string ResponseId,
    string Owner,
    DateTime OpenedAt,
    DateTime? FirstContactAt,
    DateTime? RootCauseAt,
    DateTime? ActionPlanAt,
    DateTime? ClosedAt,
    string Category,
    string? Outcome);

/// <summary>A fact_feature_request row.</summary>
internal sealed record FeatureRequestRow(string RequestId, string AccountId, string? ContactId, string Theme, DateTime RequestedAt);

/// <summary>A fact_revenue_movement row: one change of an account's ARR.</summary>
internal sealed record RevenueMovementRow(string MovementId, string AccountId, DateOnly EffectiveOn, string Kind, decimal ArrChange, string? Note);
