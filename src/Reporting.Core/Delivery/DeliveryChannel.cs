namespace Reporting.Core.Delivery;

/// <summary>How a message leaves: e-mail over SMTP, or a JSON POST with a link to a webhook.</summary>
public enum DeliveryChannel
{
    Email,
    Webhook,
}
