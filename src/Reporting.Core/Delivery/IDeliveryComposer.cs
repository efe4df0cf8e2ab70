namespace Reporting.Core.Delivery;

/// <summary>Writes the message of one delivery (the web side renders packs and digests); it runs inside the job's scope.</summary>
public interface IDeliveryComposer
{
    Task<DeliveryMessage> ComposeAsync(DeliveryJob job, CancellationToken cancellationToken);
}
