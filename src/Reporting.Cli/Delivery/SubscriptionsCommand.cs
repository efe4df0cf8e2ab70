using System.CommandLine;
using Reporting.Core.Delivery;
using Reporting.Core.Storage;
using Spectre.Console;

namespace Reporting.Cli.Delivery;

/// <summary>`reporting subscriptions list|add|pause|remove`: the subscriptions as stored in the database.</summary>
internal static class SubscriptionsCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var command = new Command("subscriptions", "List, add, pause or remove scheduled deliveries.");
        command.Subcommands.Add(List(console));
        command.Subcommands.Add(SubscriptionAddCommand.Create(console));
        command.Subcommands.Add(Pause(console));
        command.Subcommands.Add(Remove(console));
        return command;
    }

    private static Command List(IAnsiConsole console)
    {
        var database = CommonOptions.Database();
        var command = new Command("list", "List the subscriptions and how each one's last delivery went.") { database };
        command.SetAction(result =>
        {
            using var db = CliDatabase.Open(result.GetValue(database)!);
            var store = new SubscriptionStore(db);
            var subscriptions = store.List();
            if (subscriptions.Count == 0)
            {
                console.Line("No subscriptions: add one with `reporting subscriptions add`.");
                return 0;
            }
            var table = new Table().AddColumn("Id").AddColumn("Name").AddColumn("What").AddColumn("To").AddColumn("When").AddColumn("State").AddColumn("Last delivery");
            foreach (var s in subscriptions)
            {
                var last = store.Deliveries(s.Id, 1).FirstOrDefault();
                table.AddRow(
                    new Text(s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Text(s.Name), new Text(SubscriptionText.What(s.Content)),
                    new Text(string.Join(", ", s.Recipients.Select(SubscriptionText.Recipient))), new Text(SubscriptionText.When(s.Schedule)),
                    new Text(s.Paused ? "paused" : s.Channel.Name()),
                    new Text(last is null ? "" : $"{last.Status} {last.Occurrence:yyyy-MM-dd HH:mm}Z to {last.Recipient}"));
            }
            console.Write(table);
            return 0;
        });
        return command;
    }

    private static Command Pause(IAnsiConsole console)
    {
        var database = CommonOptions.Database();
        var id = Id();
        var resume = new Option<bool>("--resume") { Description = "Resume a paused subscription instead." };
        var command = new Command("pause", "Pause a subscription (nothing is sent or recorded missed while paused).") { database, id, resume };
        command.SetAction(result => Change(console, result.GetValue(database)!, result.GetValue(id), (store, s) =>
        {
            store.SetPaused(s.Id, !result.GetValue(resume));
            return $"{(result.GetValue(resume) ? "Resumed" : "Paused")} subscription {s.Id} ({s.Name}).";
        }));
        return command;
    }

    private static Command Remove(IAnsiConsole console)
    {
        var database = CommonOptions.Database();
        var id = Id();
        var command = new Command("remove", "Remove a subscription (its past deliveries stay recorded).") { database, id };
        command.SetAction(result => Change(console, result.GetValue(database)!, result.GetValue(id), (store, s) =>
        {
            store.Remove(s.Id);
            return $"Removed subscription {s.Id} ({s.Name}).";
        }));
        return command;
    }

    private static Option<long> Id() => new("--id") { Description = "The subscription's id (see `subscriptions list`).", Required = true };

    private static int Change(IAnsiConsole console, string database, long id, Func<SubscriptionStore, Subscription, string> change)
    {
        using var db = CliDatabase.Open(database);
        var store = new SubscriptionStore(db);
        if (store.Find(id) is not { } subscription)
        {
            console.Line($"error: option --id value '{id}': no subscription {id} (see `reporting subscriptions list`)", Color.Red);
            return 1;
        }
        console.Line(change(store, subscription));
        return 0;
    }
}
