namespace Reporting.Core.Surveys;

/// <summary>A contact's latest survey sent before the planned month: the cap counts from it.</summary>
internal sealed record LastSend(string SendId, DateOnly SentOn, string? Trigger);
