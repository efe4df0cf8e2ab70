namespace Reporting.Core.ClosedLoop;

/// <summary>A closed case whose contact is due the follow-up survey 30 days after closure and has not answered since.</summary>
public sealed record FollowUpDue(string CaseId, string ResponseId, string AccountId, string? ContactId, DateTime ClosedAt, DateOnly Due, bool Overdue);
