namespace Reporting.Core.Delivery;

/// <summary>A moment a subscription falls due; for a renewal or meeting schedule, the account whose date it is.</summary>
public sealed record DueOccurrence(DateTimeOffset At, string? AccountId);
