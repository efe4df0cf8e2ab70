namespace Reporting.Core.Delivery;

/// <summary>A composed message: subject, HTML and plain-text bodies, attachments and the link to the live page.</summary>
public sealed record DeliveryMessage(
    string Subject,
    string Html,
    string Text,
    IReadOnlyList<DeliveryAttachment> Attachments,
    Uri? LiveLink);
