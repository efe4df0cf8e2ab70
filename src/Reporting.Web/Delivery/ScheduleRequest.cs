namespace Reporting.Web.Delivery;

/// <summary>When: kind cron|before-renewal|before-meeting, the cron expression, the IANA time zone, days before, meeting kind, local send time (HH:mm).</summary>
public sealed record ScheduleRequest(string? Kind, string? Cron = null, string? TimeZone = null, int? DaysBefore = null, string? MeetingKind = null, string? SendAt = null);
