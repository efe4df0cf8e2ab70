namespace Reporting.Seed.Model;

/// <summary>One row of dim_team_member: the e-mail (lower-case) is the key.</summary>
internal sealed record TeamMemberRow(string Email, string Name, string Role, string? ManagerEmail);
