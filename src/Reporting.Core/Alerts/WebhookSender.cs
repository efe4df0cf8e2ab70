using System.Net;
using System.Text;
using System.Text.Json;
using Reporting.Core.Signals;

namespace Reporting.Core.Alerts;

/// <summary>
/// POSTs an alert to every configured webhook as JSON, retrying with exponential backoff on network
/// errors, timeouts, 5xx, 408 and 429 (another 4xx is the receiver refusing: no retry), and records
/// each delivery (attempts, outcome, last status or error) in alert_delivery.
/// </summary>
public sealed class WebhookSender(HttpClient http, SignalLog log, WebhookSettings settings, TimeProvider clock)
{
    public const string DeliveryHeader = "X-Reporting-Delivery";

    public const string AttemptHeader = "X-Reporting-Attempt";

    public WebhookSettings Settings => settings;

    public async Task<IReadOnlyList<DeliveryResult>> Send(FiredSignal firing, DateTime firedAt, CancellationToken cancellationToken = default)
    {
        var results = new List<DeliveryResult>();
        foreach (var webhook in settings.Webhooks)
        {
            var payload = new AlertPayload(
                AlertPayload.SignalFired, Guid.NewGuid().ToString("N"), firing.Account.Account, firing.Signal,
                firing.Account.Current, firing.Account.AsOf, firedAt);
            results.Add(await Deliver(webhook, payload, cancellationToken).ConfigureAwait(false));
        }
        return results;
    }

    private async Task<DeliveryResult> Deliver(Uri webhook, AlertPayload payload, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(payload, SignalsJson.Options);
        var first = clock.GetUtcNow().UtcDateTime;
        var (attempt, status, error, delivered) = (0, (int?)null, (string?)null, false);
        while (!delivered && attempt < settings.MaxAttempts)
        {
            attempt++;
            if (attempt > 1)
            {
                await Task.Delay(settings.Backoff(attempt), clock, cancellationToken).ConfigureAwait(false);
            }
            (status, error, var retry) = await Attempt(webhook, payload.DeliveryId, attempt, body, cancellationToken).ConfigureAwait(false);
            delivered = error is null;
            if (!retry)
            {
                break;
            }
        }
        var result = new DeliveryResult(payload.DeliveryId, webhook.GetLeftPart(UriPartial.Path), attempt, delivered, status, error);
        log.RecordDelivery(payload, result, first, clock.GetUtcNow().UtcDateTime);
        return result;
    }

    /// <summary>One POST: the status (if any), the error (null when delivered), and whether another attempt may help.</summary>
    private async Task<(int? Status, string? Error, bool Retry)> Attempt(Uri webhook, string deliveryId, int attempt, string body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(DeliveryHeader, deliveryId);
        request.Headers.Add(AttemptHeader, attempt.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        try
        {
            using var response = await http.SendAsync(request, timeout.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? (status, null, false)
                : (status, $"HTTP {status} {response.ReasonPhrase}".TrimEnd(), Retryable(response.StatusCode));
        }
        catch (HttpRequestException e)
        {
            return (null, e.Message, true);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, $"no answer within {settings.Timeout.TotalSeconds:0.###} s", true);
        }
    }

    private static bool Retryable(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
}
