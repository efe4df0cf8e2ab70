using System.Diagnostics;

namespace Reporting.Core.Delivery;

/// <summary>
/// Sends what is due at a moment, exactly once: it records every due message as a pending ledger
/// row (unique per subscription, occurrence, recipient and pack account) and older ones as missed,
/// then sends every pending row within the grace window, those a stopped run left behind included,
/// with retries. Runs over one database are serialised within the process (<see cref="DeliveryGate"/>),
/// and DuckDB lets no other process hold the file meanwhile, so a pending row found at the start
/// belongs to no live run.
/// </summary>
public sealed class DeliveryRunner(
    SubscriptionStore store,
    DeliveryLedger ledger,
    DeliveryPlanner planner,
    DeliverySender sender,
    DeliverySettings settings,
    TimeProvider clock)
{
    public DeliveryPlanner Planner => planner;

    /// <summary>Called after the due messages are recorded and before any is sent (a test stops the process here).</summary>
    public Action? AfterRecording { get; set; }

    public async Task<DeliverySummary> RunDueAsync(DateTimeOffset now, IProgress<DeliveryProgress>? progress, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        using var gate = await DeliveryGate.EnterAsync(store.Database, cancellationToken).ConfigureAwait(false);
        var (missed, alreadyRecorded) = Record(now, cancellationToken);
        AfterRecording?.Invoke();
        var pending = Pending(now, ref missed);
        var failures = await sender.SendAllAsync(pending, progress, cancellationToken).ConfigureAwait(false);
        return new DeliverySummary(pending.Count, pending.Count - failures.Count, failures.Count, missed, alreadyRecorded, failures, watch.Elapsed);
    }

    /// <summary>Records the plan: due messages pending (counting those already there), older ones missed; the subscriptions checked up to now.</summary>
    private (int Missed, int AlreadyRecorded) Record(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var plan = planner.Plan(now, settings.Grace, cancellationToken);
        var recordedAt = clock.GetUtcNow();
        foreach (var missed in plan.Missed)
        {
            ledger.RecordMissed(missed.Subscription.Id, missed.Occurrence, missed.Recipient.Email, missed.AccountId, recordedAt);
        }
        var already = plan.Due.Count(d => ledger.Claim(d.Subscription.Id, d.Occurrence, d.Recipient.Email, d.AccountId, recordedAt) is null);
        store.MarkChecked(plan.Checked, now);
        return (plan.Missed.Count, already);
    }

    /// <summary>The pending rows due by now; those older than the grace window (a run stopped long ago) are recorded missed.</summary>
    private List<DeliveryRecord> Pending(DateTimeOffset now, ref int missed)
    {
        var pending = ledger.Pending().Where(p => p.Occurrence <= now).ToList();
        foreach (var stale in pending.Where(p => p.Occurrence <= now - settings.Grace))
        {
            ledger.MarkMissed(stale.Id);
            missed++;
        }
        return pending.Where(p => p.Occurrence > now - settings.Grace).ToList();
    }
}
