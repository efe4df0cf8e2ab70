using System.Globalization;
using Reporting.Core.Delivery;

namespace Reporting.Web.Pages.Subscriptions;

/// <summary>How the subscriptions page words a subscription's what, to whom and when.</summary>
public static class SubscriptionText
{
    public static string What(Subscription s) => s.Content.Kind switch
    {
        SubscriptionContentKind.AccountPack => $"EBR pack of {s.Content.AccountId}",
        SubscriptionContentKind.RulePacks => "EBR packs of accounts " + string.Join(" and ", new[]
        {
            s.Content.Rule?.RenewingWithinDays is { } days ? $"renewing within {days} days" : null,
            s.Content.Rule?.HealthBelow is { } health ? $"with health below {health}" : null,
        }.OfType<string>()),
        _ => $"{s.Content.Dashboard} digest" + (s.Content.Filters.Count == 0 ? "" : " (" + string.Join(", ", s.Content.Filters.Select(f => $"{f.Key}: {f.Value}")) + ")"),
    } + (s.Content.Period is { } period ? $", {period}" : "");

    public static string To(Subscription s) => string.Join(", ", s.Recipients.Select(r => r.Kind switch
    {
        RecipientKind.ContactRole => $"the account's {r.Value}s",
        _ => r.Value,
    })) + (s.Channel == DeliveryChannel.Webhook ? " (webhook)" : "");

    public static string When(Subscription s) => s.Schedule.Kind switch
    {
        ScheduleKind.Cron => $"cron {s.Schedule.Cron} ({s.Schedule.TimeZone})",
        ScheduleKind.BeforeRenewal => $"{s.Schedule.DaysBefore} days before renewal at {Time(s)}",
        _ => $"{s.Schedule.DaysBefore} days before a {s.Schedule.MeetingKind} at {Time(s)}",
    };

    public static string Moment(DateTimeOffset? moment) => moment?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "—";

    private static string Time(Subscription s) => $"{s.Schedule.SendAt.ToString("HH:mm", CultureInfo.InvariantCulture)} {s.Schedule.TimeZone}";
}
