using System.CommandLine;
using System.Globalization;
using Reporting.Core.Access;
using Reporting.Core.Dashboards;
using Reporting.Core.Delivery;
using Reporting.Core.Storage;
using Spectre.Console;

namespace Reporting.Cli.Delivery;

/// <summary>
/// `reporting subscriptions add`: what (--ebr ACCOUNT | --renewing-within DAYS / --health-below SCORE |
/// --digest DASHBOARD), to whom (--to EMAIL: a team member when one has it, else an address;
/// --to-role ROLE: the pack account's contacts), when (--cron EXPR | --before renewal|QBR|EBR
/// --days-before N, in --time-zone at --send-at). Checked by the SubscriptionValidator; each problem
/// names its option.
/// </summary>
internal static class SubscriptionAddCommand
{
    private static readonly Dictionary<string, string> OptionOf = new(StringComparer.Ordinal)
    {
        ["name"] = "--name", ["content.accountId"] = "--ebr", ["content.dashboard"] = "--digest", ["content.rule"] = "--renewing-within/--health-below",
        ["content.rule.renewingWithinDays"] = "--renewing-within", ["content.rule.healthBelow"] = "--health-below", ["content.period"] = "--period",
        ["recipients"] = "--to/--to-role", ["schedule.timeZone"] = "--time-zone", ["schedule.cron"] = "--cron", ["schedule.kind"] = "--before",
        ["schedule.daysBefore"] = "--days-before", ["schedule.meetingKind"] = "--before", ["webhookUrl"] = "--webhook",
    };

    public static Command Create(IAnsiConsole console)
    {
        var o = new SubscriptionOptions();
        var command = new Command("add", "Add a subscription (see README: the subscription kinds).");
        o.AddTo(command);
        command.SetAction(result =>
        {
            using var db = CliDatabase.Open(result.GetValue(o.Database)!);
            var subscription = o.Read(result, new TeamDirectory(db).Members());
            if (subscription is null)
            {
                console.Line("error: give exactly one of --ebr, --digest, or a rule (--renewing-within and/or --health-below), and one of --cron or --before", Color.Red);
                return 2;
            }
            var facts = new DeliveryFacts(db);
            var creatorScope = new PackAccounts(facts, new TeamDirectory(db), null).CreatorScope(subscription.CreatedBy);
            var problems = new SubscriptionValidator(db, Dashboards()).Validate(subscription, creatorScope);
            foreach (var problem in problems)
            {
                console.Line($"error: {Option(problem.Field)}: {problem.Message}", Color.Red);
            }
            if (problems.Count > 0)
            {
                return 1;
            }
            var id = new SubscriptionStore(db).Add(subscription);
            console.Line($"Added subscription {id.ToString(CultureInfo.InvariantCulture)} ({subscription.Name}): {SubscriptionText.What(subscription.Content)}, {SubscriptionText.When(subscription.Schedule)}.");
            return 0;
        });
        return command;
    }

    /// <summary>The option a validator field stands for; recipients[i] are the --to values, then the --to-role values, in order.</summary>
    private static string Option(string field) =>
        OptionOf.TryGetValue(field, out var option) ? $"option {option}"
        : field.StartsWith("recipients[", StringComparison.Ordinal) ? $"option --to/--to-role (recipient {int.Parse(field[11..field.IndexOf(']', StringComparison.Ordinal)], CultureInfo.InvariantCulture) + 1})"
        : field;

    private static List<string> Dashboards() => Directory.Exists(DashboardCatalog.DefaultFolder)
        ? Directory.GetFiles(DashboardCatalog.DefaultFolder, "*.yaml").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList()
        : [];
}
