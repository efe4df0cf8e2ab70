using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Reporting.Core.Delivery;
using Reporting.Web.Delivery;

namespace Reporting.Web.Pages.Subscriptions;

/// <summary>
/// The create/edit form's fields, and their translation to and from the API's request, so the page
/// and the API save through the same editor. Filters are written as a dashboard's URL writes them
/// (segment=SMB&amp;region=EMEA); recipients as team members, contact roles and other addresses.
/// </summary>
public sealed class SubscriptionForm
{
    public static readonly IReadOnlyList<string> Roles = SubscriptionValidator.ContactRoles;

    public string Name { get; set; } = "";

    public string Kind { get; set; } = "dashboard-digest";

    public string? AccountId { get; set; }

    public int? RenewingWithinDays { get; set; }

    public int? HealthBelow { get; set; }

    public string? Dashboard { get; set; } = "overview";

    public string? Filters { get; set; }

    public string? Period { get; set; }

    public string? Members { get; set; }

    public List<string> ContactRoles { get; set; } = [];

    public string? Addresses { get; set; }

    public string ScheduleKind { get; set; } = "cron";

    public string? Cron { get; set; } = "0 7 * * 1";

    public string TimeZone { get; set; } = "UTC";

    public int? DaysBefore { get; set; }

    public string? MeetingKind { get; set; }

    public string SendAt { get; set; } = "07:00";

    public string Channel { get; set; } = "email";

    public string? WebhookUrl { get; set; }

    public SubscriptionRequest ToRequest()
    {
        var rule = Kind == "rule-packs" ? new PackRule(RenewingWithinDays, HealthBelow) : null;
        var filters = QueryHelpers.ParseQuery(Filters?.Trim().TrimStart('?') ?? "")
            .ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
        var recipients = Lines(Members).Select(m => new RecipientRequest("member", m))
            .Concat(ContactRoles.Select(r => new RecipientRequest("contact-role", r)))
            .Concat(Lines(Addresses).Select(a => new RecipientRequest("address", a))).ToList();
        var schedule = new ScheduleRequest(ScheduleKind, ScheduleKind == "cron" ? Cron : null, TimeZone,
            ScheduleKind == "cron" ? null : DaysBefore, ScheduleKind == "before-meeting" ? MeetingKind : null, SendAt);
        return new SubscriptionRequest(Name,
            new ContentRequest(Kind, Kind == "account-pack" ? AccountId : null, rule, Kind == "dashboard-digest" ? Dashboard : null,
                Kind == "dashboard-digest" ? filters : null, Period),
            recipients, schedule, Channel, Channel == "webhook" ? WebhookUrl : null);
    }

    public static SubscriptionForm From(Subscription s) => new()
    {
        Name = s.Name,
        Kind = s.Content.Kind.Name(),
        AccountId = s.Content.AccountId,
        RenewingWithinDays = s.Content.Rule?.RenewingWithinDays,
        HealthBelow = s.Content.Rule?.HealthBelow,
        Dashboard = s.Content.Dashboard,
        Filters = string.Join("&", s.Content.Filters.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}")),
        Period = s.Content.Period,
        Members = string.Join("\n", s.Recipients.Where(r => r.Kind == RecipientKind.Member).Select(r => r.Value)),
        ContactRoles = s.Recipients.Where(r => r.Kind == RecipientKind.ContactRole).Select(r => r.Value).ToList(),
        Addresses = string.Join("\n", s.Recipients.Where(r => r.Kind == RecipientKind.Address).Select(r => r.Value)),
        ScheduleKind = s.Schedule.Kind.Name(),
        Cron = s.Schedule.Cron,
        TimeZone = s.Schedule.TimeZone,
        DaysBefore = s.Schedule.DaysBefore,
        MeetingKind = s.Schedule.MeetingKind,
        SendAt = s.Schedule.SendAt.ToString("HH:mm", CultureInfo.InvariantCulture),
        Channel = s.Channel.Name(),
        WebhookUrl = s.WebhookUrl,
    };

    private static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split(['\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
