namespace Reporting.Core.Delivery;

/// <summary>A message did not go out. <see cref="Permanent"/>: another attempt would fail the same way (a refused address, a 4xx from a webhook).</summary>
public sealed class DeliveryTransportException(string message, bool permanent, Exception? inner = null) : Exception(message, inner)
{
    public bool Permanent { get; } = permanent;
}
