namespace Reporting.Core.Delivery;

/// <summary>The states of a delivery row, as stored.</summary>
public static class DeliveryStatus
{
    /// <summary>Recorded, not yet sent (or the process stopped while sending): the next run sends it.</summary>
    public const string Pending = "pending";

    public const string Sent = "sent";

    /// <summary>Every attempt failed, or the failure was not one another attempt could mend.</summary>
    public const string Failed = "failed";

    /// <summary>It fell due longer ago than the grace window while nothing ran: never sent.</summary>
    public const string Missed = "missed";
}
