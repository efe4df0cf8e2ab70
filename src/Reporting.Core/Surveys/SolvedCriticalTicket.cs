namespace Reporting.Core.Surveys;

/// <summary>A critical ticket solved in the planned month, whose requester is due a post-support survey.</summary>
internal sealed record SolvedCriticalTicket(string TicketId, string ContactId, DateOnly SolvedOn);
