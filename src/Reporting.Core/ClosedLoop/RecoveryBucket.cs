namespace Reporting.Core.ClosedLoop;

/// <summary>The detractor recovery rate among the detractors first contacted within one bucket (within 1h, 1-24h, 24-72h, over 72h, no contact).</summary>
public sealed record RecoveryBucket(string Bucket, double? Rate, long FollowedUp);
