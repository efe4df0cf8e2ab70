namespace Reporting.Core.Delivery;

/// <summary>
/// What one run did: messages it sent and failed (of <see cref="Due"/> pending ones), occurrences it
/// recorded missed, messages other runs had already sent or recorded (<see cref="AlreadyRecorded"/>),
/// and the failed rows with their errors.
/// </summary>
public sealed record DeliverySummary(int Due, int Sent, int Failed, int Missed, int AlreadyRecorded, IReadOnlyList<DeliveryRecord> Failures, TimeSpan Elapsed);
