using Reporting.DuckDb;
using Reporting.Core.Storage;

namespace Reporting.Core.Access;

/// <summary>The team as loaded (dim_team_member), and the scope each member reads in.</summary>
public sealed class TeamDirectory(ReportingDatabase database)
{
    public IReadOnlyList<TeamMember> Members()
    {
        using var connection = database.Connect();
        var rows = connection.Query("SELECT email, name, role, manager_email FROM dim_team_member ORDER BY email");
        var (emails, names, roles, managers) = (rows.Column<string>("email"), rows.Column<string>("name"), rows.Column<string>("role"), rows.Column<string>("manager_email"));
        // The table's CHECK allows only the four roles.
        return Enumerable.Range(0, rows.RowCount)
            .Select(i => new TeamMember(emails[i], names[i], TeamRoles.Parse(roles[i])!.Value, (string?)managers.GetValue(i)))
            .ToList();
    }

    /// <summary>The member with this e-mail (compared without case), or null.</summary>
    public TeamMember? Find(string email) => Find(email, Members());

    /// <summary>The member of <paramref name="team"/> with this e-mail (compared without case), or null.</summary>
    public static TeamMember? Find(string email, IReadOnlyList<TeamMember> team)
    {
        var key = email.Trim();
        return team.FirstOrDefault(m => m.Email.Equals(key, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The scope <paramref name="email"/> reads in: nothing when they are not a team member. One read of the team.</summary>
    public AccessScope ScopeOf(string email)
    {
        var team = Members();
        return Find(email, team) is { } member ? ScopeOf(member, team) : AccessScope.Nothing;
    }

    /// <summary>
    /// Every account for admins, leaders and viewers (viewers without customers' comments); for a CSM
    /// the accounts of their book: themselves and everyone who reports to them, directly or not, each
    /// by name and by e-mail.
    /// </summary>
    public static AccessScope ScopeOf(TeamMember member, IReadOnlyList<TeamMember> team)
    {
        if (member.Role.SeesEveryAccount())
        {
            return member.Role == TeamRole.Viewer ? AccessScope.All.WithoutVerbatims() : AccessScope.All;
        }
        var book = Book(member, team);
        return AccessScope.ForBook(book.SelectMany(m => new[] { m.Name, m.Email }));
    }

    /// <summary>The member and their reports at any depth; a loop in the managers ends the walk.</summary>
    public static IReadOnlyList<TeamMember> Book(TeamMember member, IReadOnlyList<TeamMember> team)
    {
        var reportsOf = team.Where(m => m.ManagerEmail is not null).ToLookup(m => m.ManagerEmail!, StringComparer.OrdinalIgnoreCase);
        var book = new List<TeamMember> { member };
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { member.Email };
        for (var i = 0; i < book.Count; i++)
        {
            book.AddRange(reportsOf[book[i].Email].Where(r => seen.Add(r.Email)));
        }
        return book;
    }
}
