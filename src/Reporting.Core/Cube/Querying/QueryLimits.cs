namespace Reporting.Core.Cube.Querying;

/// <summary>
/// How big a query may be, checked while it is read and before any SQL is built: a hostile query
/// (100,000 measures, a megabyte to match, 100,000 order terms) is a 400, not minutes of planning.
/// Rows follow Cube: 10,000 unless the query asks, 50,000 at most; more is cut and flagged truncated.
/// </summary>
public static class QueryLimits
{
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>Measures and dimensions together.</summary>
    public const int MaxMembers = 50;

    public const int MaxFilters = 50;

    public const int MaxValues = 500;

    public const int MaxOrder = 50;

    /// <summary>A member name, operator, direction, granularity or date phrase.</summary>
    public const int MaxNameLength = 200;

    /// <summary>A filter value (contains matches it against every row).</summary>
    public const int MaxValueLength = 1000;

    public const int DefaultRows = 10_000;

    public const int MaxRows = 50_000;
}
