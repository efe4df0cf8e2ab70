namespace Reporting.Core.Alerts;

/// <summary>
/// What one alert run did as of a date: accounts judged, signals firing, firings recorded for the
/// first time, alerts sent for those that are new (did not fire a month earlier), and each delivery.
/// </summary>
public sealed record AlertRun(DateOnly AsOf, int Accounts, int Firing, int Recorded, int Alerts, IReadOnlyList<DeliveryResult> Deliveries);
