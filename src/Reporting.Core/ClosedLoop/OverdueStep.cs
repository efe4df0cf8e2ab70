namespace Reporting.Core.ClosedLoop;

/// <summary>A protocol step (first_contact 24 h, root_cause 48 h, action_plan 72 h) not done by its due time.</summary>
public sealed record OverdueStep(string Step, DateTime Due);
