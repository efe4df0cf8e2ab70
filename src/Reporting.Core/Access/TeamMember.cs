namespace Reporting.Core.Access;

/// <summary>One row of the team (load kind <c>team</c>); the e-mail, lower-case, is the key.</summary>
public sealed record TeamMember(string Email, string Name, TeamRole Role, string? ManagerEmail);
