using Reporting.Core.Access;

namespace Reporting.Web.SignIn.Oidc;

/// <summary>
/// The role a team member signs in with: the highest role (admin, then leader, csm, viewer) whose
/// groups in <see cref="OidcOptions.RoleGroups"/> include one of the provider's groups for them, or
/// their own role in the team when none does. Group names compare without case.
/// </summary>
public static class OidcRoleMapping
{
    public static TeamRole RoleOf(TeamMember member, IEnumerable<string> groups, IReadOnlyDictionary<string, string[]> roleGroups)
    {
        var held = groups.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var granted = roleGroups
            .Where(mapping => mapping.Value.Any(held.Contains))
            .Select(mapping => TeamRoles.Parse(mapping.Key))
            .OfType<TeamRole>()
            .ToList();
        // TeamRole is declared from the most to the least allowed.
        return granted.Count > 0 ? granted.Min() : member.Role;
    }
}
