using Reporting.Core.Delivery;

namespace Reporting.Cli.Delivery;

/// <summary>A subscription's parts in a few words, for `subscriptions list`.</summary>
internal static class SubscriptionText
{
    public static string What(SubscriptionContent content) => content.Kind switch
    {
        SubscriptionContentKind.AccountPack => $"EBR pack of {content.AccountId}",
        SubscriptionContentKind.RulePacks => "EBR packs of accounts " + string.Join(" and ", Rule(content.Rule!)),
        _ => $"digest of {content.Dashboard}",
    } + (content.Period is null ? "" : $", {content.Period}");

    public static string Recipient(SubscriptionRecipient recipient) => recipient.Kind switch
    {
        RecipientKind.ContactRole => $"contacts: {recipient.Value}",
        _ => recipient.Value,
    };

    public static string When(SubscriptionSchedule schedule) => schedule.Kind switch
    {
        ScheduleKind.Cron => $"cron {schedule.Cron} ({schedule.TimeZone})",
        ScheduleKind.BeforeRenewal => $"{schedule.DaysBefore} days before renewal at {schedule.SendAt:HH:mm} ({schedule.TimeZone})",
        _ => $"{schedule.DaysBefore} days before each {schedule.MeetingKind} at {schedule.SendAt:HH:mm} ({schedule.TimeZone})",
    };

    private static IEnumerable<string> Rule(PackRule rule)
    {
        if (rule.RenewingWithinDays is { } days)
        {
            yield return $"renewing within {days} days";
        }
        if (rule.HealthBelow is { } below)
        {
            yield return $"with health below {below}";
        }
    }
}
