namespace Reporting.Core.Alerts;

/// <summary>
/// A signal firing the monitor recorded (signal_firing): which account and signal, the period, when it
/// was first seen, whether it was new (an alert was due), its reasons, and how its deliveries went.
/// </summary>
public sealed record SignalFiring(
    string AccountId,
    string AccountName,
    string SignalId,
    int Number,
    string Title,
    int Severity,
    DateOnly PeriodFrom,
    DateOnly PeriodTo,
    DateOnly AsOf,
    DateTime FirstSeenAt,
    bool IsNew,
    IReadOnlyList<string> Reasons,
    int Deliveries,
    int Delivered);
