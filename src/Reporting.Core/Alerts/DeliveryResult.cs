namespace Reporting.Core.Alerts;

/// <summary>How an alert's delivery to one webhook ended: after how many attempts, delivered or not, the last status code and error.</summary>
public sealed record DeliveryResult(string DeliveryId, string Webhook, int Attempts, bool Delivered, int? StatusCode, string? Error);
