namespace Reporting.Seed.Model;

/// <summary>A fact_ticket row; <see cref="TargetMinutes"/> is the first-response target it was measured against.</summary>
internal sealed record TicketRow(
    string TicketId,
    string AccountId,
    string? ContactId,
    string Priority,
    string Channel,
    string Category,
    string GroupName,
    string? Assignee,
    DateTime CreatedAt,
    DateTime? FirstResponseAt,
    DateTime? SolvedAt,
    string Status,
    int Reopens,
    int AssigneeStations,
    int GroupStations,
    double TargetMinutes)
{
    public bool BreachedFirstResponse =>
        FirstResponseAt is { } answered && (answered - CreatedAt).TotalMinutes > TargetMinutes;

    public int Handoffs => Math.Max(AssigneeStations - 1, 0);
}
