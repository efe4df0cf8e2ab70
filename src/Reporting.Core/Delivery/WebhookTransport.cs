using System.Globalization;
using System.Net;
using System.Net.Http.Json;

namespace Reporting.Core.Delivery;

/// <summary>
/// The webhook channel: POSTs JSON describing the delivery, with the link to the live page (no
/// attachment) to the subscription's URL. Network errors, timeouts, 5xx, 408 and 429 may pass; another
/// 4xx is the receiver refusing (permanent).
/// </summary>
public sealed class WebhookTransport(HttpClient http) : IDeliveryTransport
{
    public DeliveryChannel Channel => DeliveryChannel.Webhook;

    public async Task SendAsync(DeliveryJob job, DeliveryMessage message, CancellationToken cancellationToken)
    {
        var payload = new WebhookPayload(
            job.DeliveryId, job.Subscription.Id, job.Subscription.Name, job.Occurrence, job.RecipientEmail, job.AccountId,
            message.Subject, message.Text, message.LiveLink?.AbsoluteUri, job.UnsubscribeUrl.AbsoluteUri);
        using var request = new HttpRequestMessage(HttpMethod.Post, job.Subscription.WebhookUrl) { Content = JsonContent.Create(payload) };
        request.Headers.Add("X-Reporting-Delivery", job.DeliveryId.ToString(CultureInfo.InvariantCulture));
        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var status = (int)response.StatusCode;
                var transient = status >= 500 || response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
                throw new DeliveryTransportException($"webhook answered HTTP {status}", permanent: !transient);
            }
        }
        catch (Exception e) when (e is HttpRequestException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new DeliveryTransportException($"webhook: {e.Message}", permanent: false, e);
        }
    }
}
