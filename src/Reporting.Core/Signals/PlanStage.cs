namespace Reporting.Core.Signals;

/// <summary>A stage of the 30-60-90 plan and the days (from the plan's date) its actions fall in.</summary>
public sealed record PlanStage(string Id, string Title, int FromDay, int ToDay);
