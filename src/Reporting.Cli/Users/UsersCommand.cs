using System.CommandLine;
using System.Text.Json;
using Reporting.Core.Access;
using Reporting.Core.Storage;
using Spectre.Console;

namespace Reporting.Cli.Users;

/// <summary>`reporting users`: lists the team as loaded (load kind team); `users set-password` sets a member's local password.</summary>
internal static class UsersCommand
{
    public static Command Create(IAnsiConsole console, TextReader? input)
    {
        var database = CommonOptions.Database();
        var json = new Option<bool>("--json") { Description = "Print JSON: [{\"email\", \"name\", \"role\", \"manager_email\"}]." };
        var command = new Command("users", "List the team members (load them with `reporting load --kind team`).") { database, json };
        command.Subcommands.Add(SetPasswordCommand.Create(console, input));
        command.SetAction(result =>
        {
            using var db = CliDatabase.Open(result.GetValue(database)!);
            var members = new TeamDirectory(db).Members();
            if (result.GetValue(json))
            {
                console.Raw(JsonSerializer.Serialize(members.Select(m => new UserRow(m.Email, m.Name, m.Role.Name(), m.ManagerEmail)), CliJson.SnakeCase));
            }
            else
            {
                Print(console, members);
            }
            return 0;
        });
        return command;
    }

    private static void Print(IAnsiConsole console, IReadOnlyList<TeamMember> members)
    {
        if (members.Count == 0)
        {
            console.Line("No team members: load them with `reporting load --kind team FILE`.");
            return;
        }
        var table = new Table().AddColumn("E-mail").AddColumn("Name").AddColumn("Role").AddColumn("Manager");
        foreach (var member in members)
        {
            // Text, never markup: a name may hold [brackets].
            table.AddRow(new Text(member.Email), new Text(member.Name), new Text(member.Role.Name()), new Text(member.ManagerEmail ?? ""));
        }
        console.Write(table);
    }

    /// <summary>One member as `users --json` prints it.</summary>
    private sealed record UserRow(string Email, string Name, string Role, string? ManagerEmail);
}
