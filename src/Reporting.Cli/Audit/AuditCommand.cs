using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Reporting.Core.Access;
using Reporting.Core.Storage;
using Spectre.Console;

namespace Reporting.Cli.Audit;

/// <summary>`reporting audit`: the audit log, newest first (sign-ins, exports, embed tokens, loads, user changes).</summary>
internal static class AuditCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var database = CommonOptions.Database();
        var json = new Option<bool>("--json") { Description = "Print JSON: [{\"occurred_at\", \"actor\", \"action\", \"target\", \"origin\", \"outcome\", \"detail\"}]." };
        var limit = new Option<int>("--limit") { Description = "How many entries, newest first.", DefaultValueFactory = _ => 100 };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--limit must be 1 or more.");
            }
        });
        var command = new Command("audit", "Print the audit log, newest first.") { database, json, limit };
        command.SetAction(result =>
        {
            using var db = CliDatabase.Open(result.GetValue(database)!);
            var entries = new AuditLog(db).Recent(result.GetValue(limit));
            if (result.GetValue(json))
            {
                console.Raw(JsonSerializer.Serialize(entries, CliJson.SnakeCase));
            }
            else
            {
                Print(console, entries);
            }
            return 0;
        });
        return command;
    }

    private static void Print(IAnsiConsole console, IReadOnlyList<AuditEntry> entries)
    {
        if (entries.Count == 0)
        {
            console.Line("The audit log is empty.");
            return;
        }
        var table = new Table().AddColumn("When (UTC)").AddColumn("Actor").AddColumn("Action").AddColumn("Target").AddColumn("From").AddColumn("Outcome").AddColumn("Detail");
        foreach (var e in entries)
        {
            var when = e.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            // Text, never markup: targets are file names and e-mails.
            table.AddRow(new Text(when), new Text(e.Actor), new Text(e.Action), new Text(e.Target ?? ""), new Text(e.Origin ?? ""), new Text(e.Outcome), new Text(e.Detail ?? ""));
        }
        console.Write(table);
    }
}
