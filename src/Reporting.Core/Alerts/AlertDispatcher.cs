using System.Diagnostics;
using Reporting.Core.Signals;
using Reporting.Core.Telemetry;

namespace Reporting.Core.Alerts;

/// <summary>
/// Finds the signals that newly fire and alerts on them: judges every account as of the date and a
/// month earlier (the previous evaluation: its periods are one month older); a signal firing now that
/// did not fire then is new. Every firing is recorded once per period; a new one recorded for the
/// first time is sent to the webhooks, so running again, or every hour, alerts nobody twice.
/// </summary>
public sealed class AlertDispatcher(SignalEvaluator signals, SignalLog log, WebhookSender? sender, TimeProvider clock)
{
    public async Task<AlertRun> Run(DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var now = signals.ForAll(asOf, null, cancellationToken);
        var before = signals.ForAll(asOf.AddMonths(-1), null, cancellationToken)
            .ToDictionary(a => a.Account.Id, a => a.Fired.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var firing = now
            .SelectMany(a => a.Signals.Where(s => s.Fired).Select(s => new FiredSignal(a, s, !before[a.Account.Id].Contains(s.Id))))
            .ToList();
        var seenAt = clock.GetUtcNow().UtcDateTime;
        var recorded = log.Record(firing, seenAt, cancellationToken);
        var alerts = recorded.Where(f => f.IsNew).ToList();
        var deliveries = new List<DeliveryResult>();
        if (sender is not null)
        {
            foreach (var alert in alerts)
            {
                foreach (var delivery in await sender.Send(alert, seenAt, cancellationToken).ConfigureAwait(false))
                {
                    ReportingTelemetry.AlertDeliveries.Add(1, new TagList { { "outcome", delivery.Delivered ? "delivered" : "failed" } });
                    deliveries.Add(delivery);
                }
            }
        }
        return new AlertRun(asOf, now.Count, firing.Count, recorded.Count, alerts.Count, deliveries);
    }
}
