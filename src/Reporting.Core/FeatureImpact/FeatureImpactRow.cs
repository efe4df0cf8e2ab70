namespace Reporting.Core.FeatureImpact;

/// <summary>
/// A feature request theme's Feature Impact Score (KPIS.md): the sum over NPS groups of requests from
/// the group × the average CLV of its requesters, with every request and each group's part.
/// </summary>
public sealed record FeatureImpactRow(string Theme, double Score, long Requests, IReadOnlyList<FeatureImpactGroup> Groups);
