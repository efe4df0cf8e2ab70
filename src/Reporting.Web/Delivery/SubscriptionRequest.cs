using System.Globalization;
using Reporting.Core.Delivery;

namespace Reporting.Web.Delivery;

/// <summary>
/// A subscription as the API and the page take it (enumerations by their stored names: account-pack,
/// member, cron, email). <see cref="ToSubscription"/> reads it, each problem naming its field; what the
/// values mean (a cron that parses, an account the creator sees) is the validator's to check.
/// </summary>
public sealed record SubscriptionRequest(string? Name, ContentRequest? Content, IReadOnlyList<RecipientRequest>? Recipients,
    ScheduleRequest? Schedule, string? Channel = null, string? WebhookUrl = null)
{
    public static SubscriptionRequest From(Subscription s) => new(s.Name,
        new ContentRequest(s.Content.Kind.Name(), s.Content.AccountId, s.Content.Rule, s.Content.Dashboard, s.Content.Filters, s.Content.Period),
        s.Recipients.Select(r => new RecipientRequest(r.Kind.Name(), r.Value)).ToList(),
        new ScheduleRequest(s.Schedule.Kind.Name(), s.Schedule.Cron, s.Schedule.TimeZone, s.Schedule.DaysBefore, s.Schedule.MeetingKind,
            s.Schedule.SendAt.ToString("HH:mm", CultureInfo.InvariantCulture)),
        s.Channel.Name(), s.WebhookUrl);

    /// <summary>The subscription (id 0), or the problems that keep it from being one.</summary>
    public (Subscription? Subscription, IReadOnlyList<SubscriptionProblem> Problems) ToSubscription(string createdBy, DateTimeOffset now)
    {
        var problems = new List<SubscriptionProblem>();
        // Without a fallback a value is required.
        T Parse<T>(string field, string? value, Func<string, T> parse, T? fallback = null) where T : struct
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                if (fallback is null)
                {
                    problems.Add(new(field, "is required"));
                }
                return fallback ?? default;
            }
            try
            {
                return parse(value);
            }
            catch (ArgumentException e)
            {
                problems.Add(new(field, e.Message));
                return fallback ?? default;
            }
        }
        var kind = Parse("content.kind", Content?.Kind, DeliveryNames.ParseContentKind);
        var recipients = (Recipients ?? []).Select((r, i) =>
            new SubscriptionRecipient(Parse($"recipients[{i}].kind", r?.Kind, DeliveryNames.ParseRecipientKind), (r?.Value ?? "").Trim())).ToList();
        var scheduleKind = Parse("schedule.kind", Schedule?.Kind, DeliveryNames.ParseScheduleKind);
        var channel = Parse("channel", Channel, DeliveryNames.ParseChannel, DeliveryChannel.Email);
        var sendAt = Parse("schedule.sendAt", Schedule?.SendAt, ParseTime, new TimeOnly(7, 0));
        if (problems.Count > 0)
        {
            return (null, problems);
        }
        var content = new SubscriptionContent(kind, Blank(Content!.AccountId), Content.Rule, Blank(Content.Dashboard),
            (Content.Filters ?? new Dictionary<string, string>()).Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToDictionary(f => f.Key.Trim(), f => f.Value.Trim(), StringComparer.Ordinal),
            Blank(Content.Period));
        var schedule = new SubscriptionSchedule(scheduleKind, Blank(Schedule!.Cron), Blank(Schedule.TimeZone) ?? "UTC", Schedule.DaysBefore, Blank(Schedule.MeetingKind), sendAt);
        return (new Subscription(0, (Name ?? "").Trim(), content, recipients, schedule, channel, Blank(WebhookUrl), createdBy, now, false), problems);
    }

    private static TimeOnly ParseTime(string text) => TimeOnly.TryParseExact(text.Trim(), ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
        ? time
        : throw new ArgumentException($"'{text}' is not a time of day such as 07:00");

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
