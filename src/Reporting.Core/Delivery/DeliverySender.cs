using Reporting.Core.Access;

namespace Reporting.Core.Delivery;

/// <summary>
/// Sends pending ledger rows: finds the row's subscription and recipient again (and so the scope it
/// reads in), asks the composer for the message inside that scope, and hands it to the channel's
/// transport, up to MaxAttempts times with a doubling wait between. Each attempt and the outcome
/// are recorded on the row; a permanent failure is not tried again.
/// </summary>
public sealed class DeliverySender(
    SubscriptionStore store,
    DeliveryLedger ledger,
    RecipientResolver recipients,
    IDeliveryComposer composer,
    IEnumerable<IDeliveryTransport> transports,
    UnsubscribeLinks links,
    DeliverySettings settings,
    TimeProvider clock)
{
    /// <summary>Sends each row (several at once, Concurrency) and returns the rows that failed.</summary>
    public async Task<IReadOnlyList<DeliveryRecord>> SendAllAsync(IReadOnlyList<DeliveryRecord> rows, IProgress<DeliveryProgress>? progress, CancellationToken cancellationToken)
    {
        var (done, sent, failures, gate) = (0, 0, new List<DeliveryRecord>(), new object());
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.Concurrency), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(rows, options, async (row, token) =>
        {
            var outcome = await SendAsync(row, token).ConfigureAwait(false);
            lock (gate)
            {
                done++;
                if (outcome.Status == DeliveryStatus.Sent)
                {
                    sent++;
                }
                else
                {
                    failures.Add(outcome);
                }
                progress?.Report(new DeliveryProgress(done, rows.Count, sent, failures.Count, outcome));
            }
        }).ConfigureAwait(false);
        return failures.OrderBy(f => f.Id).ToList();
    }

    /// <summary>
    /// Sends one pending row and returns it as it ends (sent or failed). <paramref name="recipient"/>:
    /// who it goes to when known (a test send); else found again from the subscription.
    /// </summary>
    public async Task<DeliveryRecord> SendAsync(DeliveryRecord row, CancellationToken cancellationToken, ResolvedRecipient? recipient = null)
    {
        var error = await TrySendAsync(row, recipient, cancellationToken).ConfigureAwait(false);
        if (error is null)
        {
            ledger.MarkSent(row.Id, clock.GetUtcNow());
        }
        else
        {
            ledger.MarkFailed(row.Id, error);
        }
        return ledger.Find(row.Id)!;
    }

    /// <summary>Null when the message went out, else the last error.</summary>
    private async Task<string?> TrySendAsync(DeliveryRecord row, ResolvedRecipient? known, CancellationToken cancellationToken)
    {
        if (store.Find(row.SubscriptionId) is not { } subscription)
        {
            return "the subscription was removed";
        }
        if ((known ?? recipients.Find(subscription, row.Recipient, row.AccountId)) is not { } recipient)
        {
            return $"{row.Recipient} no longer receives this subscription";
        }
        if (transports.FirstOrDefault(t => t.Channel == subscription.Channel) is not { } transport)
        {
            return $"no transport for the {subscription.Channel.Name()} channel";
        }
        var job = new DeliveryJob(row.Id, subscription, row.Occurrence, recipient.Email, row.AccountId, recipient.Scope,
            links.Create(settings.BaseUrl, subscription.Id, recipient.Email));
        string? error = null;
        DeliveryMessage? message = null;
        for (var attempt = 1; attempt <= Math.Max(1, settings.MaxAttempts); attempt++)
        {
            if (attempt > 1)
            {
                await Task.Delay(settings.Backoff(attempt), clock, cancellationToken).ConfigureAwait(false);
            }
            (message, error, var permanent) = await AttemptAsync(job, message, transport, cancellationToken).ConfigureAwait(false);
            ledger.RecordAttempt(row.Id, error);
            if (error is null || permanent)
            {
                break;
            }
        }
        return error;
    }

    private async Task<(DeliveryMessage? Message, string? Error, bool Permanent)> AttemptAsync(
        DeliveryJob job, DeliveryMessage? message, IDeliveryTransport transport, CancellationToken cancellationToken)
    {
        try
        {
            using (AccessScope.Enter(job.Scope))
            {
                message ??= await composer.ComposeAsync(job, cancellationToken).ConfigureAwait(false);
            }
            await transport.SendAsync(job, message, cancellationToken).ConfigureAwait(false);
            return (message, null, false);
        }
        catch (DeliveryTransportException e)
        {
            return (message, e.Message, e.Permanent);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The composer failing (a PDF that did not render) may pass; it counts as an attempt.
            return (message, $"{(message is null ? "composing" : "sending")} failed: {e.Message}", false);
        }
    }
}
