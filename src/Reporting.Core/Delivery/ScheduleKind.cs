namespace Reporting.Core.Delivery;

/// <summary>When a subscription falls due: on a cron expression, or N days before an account's renewal or a scheduled meeting.</summary>
public enum ScheduleKind
{
    Cron,
    BeforeRenewal,
    BeforeMeeting,
}
