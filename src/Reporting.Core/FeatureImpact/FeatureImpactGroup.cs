namespace Reporting.Core.FeatureImpact;

/// <summary>The requests for a theme from one NPS group and the average CLV of the accounts requesting (promoter, passive, detractor).</summary>
public sealed record FeatureImpactGroup(string Group, long Requests, double? AverageClv);
