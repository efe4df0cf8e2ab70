using Reporting.Core.Cube.Querying;

namespace Reporting.Bench.Cube;

/// <summary>A representative dashboard query, named for the table of figures.</summary>
public sealed record KpiQuery(KpiQueryId Id, string Name, CubeQuery Query)
{
    /// <summary>How many key columns an answer starts with: the dimensions, then the time bucket if any.</summary>
    public int KeyColumns => Query.Dimensions.Count + (Query.TimeDimension?.Granularity is null ? 0 : 1);
}

/// <summary>Which of the five queries: the key every baseline writes its own SQL or LINQ under.</summary>
public enum KpiQueryId
{
    NpsBySegmentMonth,
    FrtP90ByPriority,
    ReopenRateByTier,
    HandoffsByCsm,
    HealthInputsByAccount,
}
