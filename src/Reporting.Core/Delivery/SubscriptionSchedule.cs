namespace Reporting.Core.Delivery;

/// <summary>
/// When a subscription falls due. <see cref="Cron"/>: a five-field cron expression read in
/// <see cref="TimeZone"/> (an IANA id). <see cref="ScheduleKind.BeforeRenewal"/> and
/// <see cref="ScheduleKind.BeforeMeeting"/>: <see cref="DaysBefore"/> days before the account's
/// renewal_on or a scheduled meeting of <see cref="MeetingKind"/> (QBR|EBR), at the local time
/// <see cref="SendAt"/> in <see cref="TimeZone"/>.
/// </summary>
public sealed record SubscriptionSchedule(
    ScheduleKind Kind,
    string? Cron,
    string TimeZone,
    int? DaysBefore,
    string? MeetingKind,
    TimeOnly SendAt);
