using System.Collections.Concurrent;
using Reporting.Core.Access;
using Reporting.Core.Storage;

namespace Reporting.Web.SignIn;

/// <summary>
/// The team, read once per data version (<see cref="ReportingDatabase.WritesFinished"/>, as the cube
/// cache does), and each member's scope worked out once per role: a request's sign-in check and scope
/// cost no query while nothing was written. A load of the team moves the version, so a removed member
/// loses access on their next request.
/// </summary>
public sealed class TeamCache(ReportingDatabase database)
{
    private Snapshot? snapshot;

    /// <summary>The member with this e-mail (compared without case), or null. Asked twice a request: it allocates nothing.</summary>
    public TeamMember? Find(string? email) =>
        email is not null && Current().Members.TryGetValue(email.Trim(), out var member) ? member : null;

    /// <summary>The scope of the member as signed in with <paramref name="role"/> (their claim, which may differ from the table's).</summary>
    public AccessScope ScopeOf(TeamMember member, TeamRole role)
    {
        var team = Current();
        return team.Scopes.GetOrAdd((member.Email, role), key => TeamDirectory.ScopeOf(member with { Role = key.Role }, team.List));
    }

    private Snapshot Current()
    {
        var version = database.WritesFinished;
        var current = Volatile.Read(ref snapshot);
        if (current?.Version == version)
        {
            return current;
        }
        // The team table holds no account's rows, but read it unrestricted all the same: a scoped
        // connection would pay for views it does not need.
        using (AccessScope.Enter(AccessScope.All))
        {
            var members = new TeamDirectory(database).Members();
            current = new Snapshot(version, members, members.ToDictionary(m => m.Email, StringComparer.OrdinalIgnoreCase), new());
        }
        Volatile.Write(ref snapshot, current);
        return current;
    }

    private sealed record Snapshot(
        long Version,
        IReadOnlyList<TeamMember> List,
        IReadOnlyDictionary<string, TeamMember> Members,
        ConcurrentDictionary<(string Email, TeamRole Role), AccessScope> Scopes);
}
