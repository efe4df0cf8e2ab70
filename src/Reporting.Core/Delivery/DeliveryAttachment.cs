namespace Reporting.Core.Delivery;

/// <summary>A file attached to a message (an EBR pack's or a dashboard's PDF).</summary>
public sealed record DeliveryAttachment(string FileName, string ContentType, byte[] Bytes);
