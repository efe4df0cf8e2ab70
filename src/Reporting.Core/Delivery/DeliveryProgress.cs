namespace Reporting.Core.Delivery;

/// <summary>How far a run is: messages finished of those due, how many went out and failed, and the one just finished.</summary>
public sealed record DeliveryProgress(int Done, int Total, int Sent, int Failed, DeliveryRecord? Last);
