namespace Reporting.Bench.Baselines.Linq;

/// <summary>An account's attributes the queries group by.</summary>
public sealed record AccountRow(string AccountId, string Segment, string Tier, string Csm);
