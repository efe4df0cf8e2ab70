namespace Reporting.Core.Delivery;

/// <summary>Sends a composed message on one channel; throws <see cref="DeliveryTransportException"/> when it could not.</summary>
public interface IDeliveryTransport
{
    DeliveryChannel Channel { get; }

    Task SendAsync(DeliveryJob job, DeliveryMessage message, CancellationToken cancellationToken);
}
