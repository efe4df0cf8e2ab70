using System.Net.Mail;
using Cronos;
using Reporting.Core.Access;
using Reporting.Core.Storage;

namespace Reporting.Core.Delivery;

/// <summary>
/// Checks a subscription before it is saved, each problem naming its field: the content is complete
/// and the creator's scope sees it, recipients fit the content (digests go to team members only),
/// the schedule parses (Cronos, IANA time zones) and a webhook has an http(s) URL.
/// <paramref name="dashboards"/> are the known dashboard ids (null: not checked).
/// </summary>
public sealed class SubscriptionValidator(ReportingDatabase database, IReadOnlyCollection<string>? dashboards = null)
{
    public static readonly IReadOnlyList<string> ContactRoles = ["executive", "champion", "admin", "user"];

    public static readonly IReadOnlyList<string> MeetingKinds = ["QBR", "EBR"];

    /// <summary>Every problem of <paramref name="subscription"/> as created or edited by someone reading in <paramref name="creatorScope"/>.</summary>
    public IReadOnlyList<SubscriptionProblem> Validate(Subscription subscription, AccessScope creatorScope)
    {
        var problems = new List<SubscriptionProblem>();
        if (string.IsNullOrWhiteSpace(subscription.Name) || subscription.Name.Length > 200)
        {
            problems.Add(new("name", "is required, at most 200 characters"));
        }
        CheckContent(subscription.Content, creatorScope, problems);
        CheckRecipients(subscription, problems);
        CheckSchedule(subscription.Schedule, subscription.Content.Kind, problems);
        if (subscription.Channel == DeliveryChannel.Webhook
            && !(Uri.TryCreate(subscription.WebhookUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"))
        {
            problems.Add(new("webhookUrl", "a webhook needs an absolute http(s) URL"));
        }
        return problems;
    }

    private void CheckContent(SubscriptionContent content, AccessScope creatorScope, List<SubscriptionProblem> problems)
    {
        switch (content.Kind)
        {
            case SubscriptionContentKind.AccountPack when string.IsNullOrWhiteSpace(content.AccountId):
                problems.Add(new("content.accountId", "an account pack names its account"));
                break;
            case SubscriptionContentKind.AccountPack when !new DeliveryFacts(database).Sees(creatorScope, content.AccountId!):
                // The same answer for an account that does not exist and one outside the scope.
                problems.Add(new("content.accountId", $"no account '{content.AccountId}'"));
                break;
            case SubscriptionContentKind.RulePacks:
                CheckRule(content.Rule, problems);
                break;
            case SubscriptionContentKind.DashboardDigest when string.IsNullOrWhiteSpace(content.Dashboard):
                problems.Add(new("content.dashboard", "a digest names its dashboard"));
                break;
            case SubscriptionContentKind.DashboardDigest when dashboards is not null && !dashboards.Contains(content.Dashboard!):
                problems.Add(new("content.dashboard", $"no dashboard '{content.Dashboard}' (one of {string.Join(", ", dashboards)})"));
                break;
        }
        if (content.Period is { } period && DeliveryPeriod.Problem(period) is { } problem)
        {
            problems.Add(new("content.period", problem));
        }
    }

    private static void CheckRule(PackRule? rule, List<SubscriptionProblem> problems)
    {
        if (rule is null || (rule.RenewingWithinDays is null && rule.HealthBelow is null))
        {
            problems.Add(new("content.rule", "a rule sets renewingWithinDays, healthBelow or both"));
            return;
        }
        if (rule.RenewingWithinDays is < 1 or > 366)
        {
            problems.Add(new("content.rule.renewingWithinDays", "is 1 to 366 days"));
        }
        if (rule.HealthBelow is < 1 or > 100)
        {
            problems.Add(new("content.rule.healthBelow", "is a health score of 1 to 100"));
        }
    }

    private void CheckRecipients(Subscription subscription, List<SubscriptionProblem> problems)
    {
        if (subscription.Recipients.Count == 0)
        {
            problems.Add(new("recipients", "name at least one recipient"));
        }
        var team = new TeamDirectory(database).Members();
        var digest = subscription.Content.Kind == SubscriptionContentKind.DashboardDigest;
        for (var i = 0; i < subscription.Recipients.Count; i++)
        {
            var (kind, value) = (subscription.Recipients[i].Kind, subscription.Recipients[i].Value);
            var field = $"recipients[{i}]";
            if (digest && kind != RecipientKind.Member)
            {
                problems.Add(new(field, "a dashboard digest goes to team members only (it shows more than one account)"));
            }
            else if (kind == RecipientKind.Member && TeamDirectory.Find(value, team) is null)
            {
                problems.Add(new(field + ".value", $"'{value}' is not a team member"));
            }
            else if (kind == RecipientKind.ContactRole && !ContactRoles.Contains(value))
            {
                problems.Add(new(field + ".value", $"'{value}' is not a contact role ({string.Join(", ", ContactRoles)})"));
            }
            else if (kind == RecipientKind.Address && !IsAddress(value))
            {
                problems.Add(new(field + ".value", $"'{value}' is not an e-mail address"));
            }
        }
    }

    private static void CheckSchedule(SubscriptionSchedule schedule, SubscriptionContentKind content, List<SubscriptionProblem> problems)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(schedule.TimeZone ?? "", out _))
        {
            problems.Add(new("schedule.timeZone", $"'{schedule.TimeZone}' is not a time zone such as Europe/Berlin or UTC"));
        }
        if (schedule.Kind == ScheduleKind.Cron)
        {
            CheckCron(schedule.Cron, problems);
            return;
        }
        if (content == SubscriptionContentKind.DashboardDigest)
        {
            problems.Add(new("schedule.kind", "a dashboard digest has no renewal or meeting of its own: schedule it with cron"));
        }
        if (schedule.DaysBefore is null or < 0 or > 365)
        {
            problems.Add(new("schedule.daysBefore", "is 0 to 365 days"));
        }
        if (schedule.Kind == ScheduleKind.BeforeMeeting && !MeetingKinds.Contains(schedule.MeetingKind ?? ""))
        {
            problems.Add(new("schedule.meetingKind", $"'{schedule.MeetingKind}' is not one of {string.Join(", ", MeetingKinds)}"));
        }
    }

    private static void CheckCron(string? cron, List<SubscriptionProblem> problems)
    {
        try
        {
            CronExpression.Parse(cron ?? "", CronFormat.Standard);
        }
        catch (CronFormatException e)
        {
            problems.Add(new("schedule.cron", $"'{cron}' is not a five-field cron expression: {e.Message}"));
        }
    }

    private static bool IsAddress(string value) =>
        MailAddress.TryCreate(value, out var address) && address.Address == value.Trim() && value.Contains('.', StringComparison.Ordinal);

}
