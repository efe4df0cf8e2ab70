using System.CommandLine;
using Reporting.Core.Access;
using Reporting.Core.Storage;
using Spectre.Console;

namespace Reporting.Cli.Users;

/// <summary>
/// `reporting users set-password EMAIL`: sets a team member's local password, read from a prompt
/// that does not echo or, when standard input is redirected, from its first line (never from an
/// argument, which shells keep in their history). Every attempt is audited, never the password.
/// </summary>
internal static class SetPasswordCommand
{
    public static Command Create(IAnsiConsole console, TextReader? input)
    {
        var database = CommonOptions.Database();
        var email = new Argument<string>("email") { Description = "The team member's e-mail." };
        var command = new Command("set-password", $"Set a team member's password (at least {Credentials.MinimumLength} characters), prompted or read from standard input.")
        {
            database, email,
        };
        command.SetAction(result =>
        {
            using var db = CliDatabase.Open(result.GetValue(database)!);
            return Run(console, input, db, result.GetValue(email)!.Trim().ToLowerInvariant());
        });
        return command;
    }

    private static int Run(IAnsiConsole console, TextReader? input, ReportingDatabase database, string email)
    {
        if (new TeamDirectory(database).Find(email) is null)
        {
            return Refuse(console, database, email, $"{email} is not a team member (load the team first: reporting load --kind team FILE).");
        }
        var password = PasswordInput.Read(console, input, $"New password for {email}: ", out var problem);
        if (password is null)
        {
            return Refuse(console, database, email, problem);
        }
        if (password.Length < Credentials.MinimumLength)
        {
            return Refuse(console, database, email, $"a password needs at least {Credentials.MinimumLength} characters (this one has {password.Length}).");
        }
        var now = DateTimeOffset.UtcNow;
        new Credentials(database).SetPassword(email, password, now);
        CliAudit.Record(database, AuditActions.UserChange, email, "ok", "password set");
        console.Line($"Password set for {email}.", Color.Green);
        return 0;
    }

    private static int Refuse(IAnsiConsole console, ReportingDatabase database, string email, string reason)
    {
        CliAudit.Record(database, AuditActions.UserChange, email, "refused", reason);
        console.Line($"error: {reason}", Color.Red);
        return 1;
    }
}
