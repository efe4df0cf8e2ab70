namespace Reporting.Documents.Delivery;

/// <summary>What a subscription asks for cannot be composed: the field (dashboard, period, a filter's name, account) and why.</summary>
public sealed class DeliveryContentException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
