namespace Reporting.Core.Delivery;

/// <summary>
/// What is due at a moment: the messages of occurrences within the grace window (<see cref="Due"/>),
/// those of older occurrences nobody looked at in time (<see cref="Missed"/>), and the subscriptions
/// looked at (their checked_until moves to the moment once recorded).
/// </summary>
public sealed record DeliveryPlan(IReadOnlyList<PlannedDelivery> Due, IReadOnlyList<PlannedDelivery> Missed, IReadOnlyList<long> Checked);
