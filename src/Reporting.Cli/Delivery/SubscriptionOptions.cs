using System.CommandLine;
using System.Globalization;
using Reporting.Core.Access;
using Reporting.Core.Delivery;

namespace Reporting.Cli.Delivery;

/// <summary>The options of `subscriptions add` and how they make a subscription.</summary>
internal sealed class SubscriptionOptions
{
    public Option<string> Database { get; } = CommonOptions.Database();

    private readonly Option<string> name = new("--name") { Description = "What the subscription is called.", Required = true };
    private readonly Option<string?> ebr = new("--ebr") { Description = "Send this account's EBR pack (its account_id)." };
    private readonly Option<int?> renewingWithin = new("--renewing-within") { Description = "Send the pack of every account renewing within DAYS of each occurrence." };
    private readonly Option<int?> healthBelow = new("--health-below") { Description = "Send the pack of every account whose health score is below SCORE." };
    private readonly Option<string?> digest = new("--digest") { Description = "Send this dashboard's digest (overview, support …) to team members." };
    private readonly Option<string[]> filters = new("--filter") { Description = "A dashboard filter NAME=VALUE (repeatable).", AllowMultipleArgumentsPerToken = false };
    private readonly Option<string?> period = new("--period") { Description = "The period, e.g. last-90-days (default: the pack's)." };
    private readonly Option<string[]> to = new("--to") { Description = "A recipient's e-mail (repeatable): a team member reads in their own scope; anyone else receives only the pack's account." };
    private readonly Option<string[]> toRole = new("--to-role") { Description = "The pack account's contacts of this role: executive, champion, admin, user (repeatable)." };
    private readonly Option<string?> cron = new("--cron") { Description = "When: a five-field cron expression, e.g. \"0 7 1 * *\"." };
    private readonly Option<string?> before = new("--before") { Description = "When: --days-before days before each account's renewal, QBR or EBR (renewal|QBR|EBR)." };
    private readonly Option<int?> daysBefore = new("--days-before") { Description = "Days before the renewal or meeting (with --before)." };
    private readonly Option<string> timeZone = new("--time-zone") { Description = "The time zone of the schedule (IANA, default UTC).", DefaultValueFactory = _ => "UTC" };
    private readonly Option<string> sendAt = new("--send-at") { Description = "Local time of day for --before (HH:mm, default 07:00).", DefaultValueFactory = _ => "07:00" };
    private readonly Option<string?> webhook = new("--webhook") { Description = "POST JSON with a link to this URL instead of sending e-mail." };
    private readonly Option<string?> creator = ActAs.Option();

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Database, name, ebr, renewingWithin, healthBelow, digest, filters, period, to, toRole, cron, before, daysBefore, timeZone, sendAt, webhook, creator })
        {
            command.Options.Add(option);
        }
        creator.Description = "Create it as this team member: what it sends is limited to what they may see (default: the command line, every account).";
    }

    /// <summary>The subscription the options describe; null when the content or the schedule is not given exactly once.</summary>
    public Subscription? Read(ParseResult result, IReadOnlyList<TeamMember> team)
    {
        var rule = result.GetValue(renewingWithin) is null && result.GetValue(healthBelow) is null ? null : new PackRule(result.GetValue(renewingWithin), result.GetValue(healthBelow));
        var kinds = new[] { result.GetValue(ebr) is not null, rule is not null, result.GetValue(digest) is not null };
        if (kinds.Count(k => k) != 1 || (result.GetValue(cron) is null) == (result.GetValue(before) is null))
        {
            return null;
        }
        var kind = kinds[0] ? SubscriptionContentKind.AccountPack : kinds[1] ? SubscriptionContentKind.RulePacks : SubscriptionContentKind.DashboardDigest;
        var content = new SubscriptionContent(kind, result.GetValue(ebr), rule, result.GetValue(digest), Filters(result), result.GetValue(period));
        var recipients = (result.GetValue(to) ?? [])
            .Select(e => new SubscriptionRecipient(TeamDirectory.Find(e, team) is null ? RecipientKind.Address : RecipientKind.Member, e.Trim()))
            .Concat((result.GetValue(toRole) ?? []).Select(r => new SubscriptionRecipient(RecipientKind.ContactRole, r.Trim().ToLowerInvariant())))
            .ToList();
        var webhookUrl = result.GetValue(webhook);
        return new Subscription(0, result.GetValue(name)!, content, recipients, Schedule(result), webhookUrl is null ? DeliveryChannel.Email : DeliveryChannel.Webhook,
            webhookUrl, result.GetValue(creator)?.Trim().ToLowerInvariant() ?? "command line", DateTimeOffset.UtcNow, false);
    }

    private SubscriptionSchedule Schedule(ParseResult result)
    {
        var text = result.GetValue(sendAt);
        // Printed by the command line as "error: …" (exit code 1).
        var time = TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) ? at
            : throw new InvalidOperationException($"option --send-at value '{text}': not a time of day such as 07:00");
        var when = result.GetValue(before);
        var kind = when is null ? ScheduleKind.Cron : when.Equals("renewal", StringComparison.OrdinalIgnoreCase) ? ScheduleKind.BeforeRenewal : ScheduleKind.BeforeMeeting;
        return new SubscriptionSchedule(kind, result.GetValue(cron), result.GetValue(timeZone)!, result.GetValue(daysBefore),
            kind == ScheduleKind.BeforeMeeting ? when!.ToUpperInvariant() : null, time);
    }

    private Dictionary<string, string> Filters(ParseResult result) => (result.GetValue(filters) ?? [])
        .Select(f => f.Split('=', 2) is [var key, var value] && key.Trim().Length > 0 ? (key.Trim(), value.Trim())
            : throw new InvalidOperationException($"option --filter value '{f}': not NAME=VALUE, e.g. segment=Enterprise"))
        .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
}
