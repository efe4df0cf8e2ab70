namespace Reporting.Core.ClosedLoop;

/// <summary>A detractor answer whose case (if any) is open with steps past due as of the report's date.</summary>
public sealed record OverdueDetractor(
    string ResponseId,
    string AccountId,
    string? ContactId,
    int Score,
    DateTime RespondedAt,
    string? CaseId,
    string? Owner,
    IReadOnlyList<OverdueStep> Steps);
