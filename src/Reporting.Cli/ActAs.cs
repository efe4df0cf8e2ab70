using System.CommandLine;
using Reporting.Core.Access;
using Reporting.Core.Storage;
using Reporting.Core.Text;
using Spectre.Console;

namespace Reporting.Cli;

/// <summary>
/// <c>--as EMAIL</c>: a command answers exactly as that team member's scope allows (an admin checks
/// what a CSM sees). Without it the command line reads every account, as before.
/// </summary>
internal static class ActAs
{
    public static Option<string?> Option() => new("--as")
    {
        Description = "Answer as this team member (their e-mail) sees it: a CSM reads only the accounts of their book (theirs and their reports').",
    };

    /// <summary>
    /// Runs what follows (until disposed) in the scope <paramref name="email"/> reads in (every account
    /// when it is absent); null after printing the error when no team member has that e-mail.
    /// </summary>
    public static IDisposable? Enter(IAnsiConsole console, ReportingDatabase database, string? email) =>
        Scope(console, database, email) is { } scope ? AccessScope.Enter(scope) : null;

    private static AccessScope? Scope(IAnsiConsole console, ReportingDatabase database, string? email)
    {
        if (email is null)
        {
            return AccessScope.All;
        }
        var team = new TeamDirectory(database).Members();
        if (TeamDirectory.Find(email, team) is not { } member)
        {
            console.Line($"error: as: no team member has the e-mail '{Echo.Short(email.Trim())}'", Color.Red);
            return null;
        }
        return TeamDirectory.ScopeOf(member, team);
    }
}
