namespace Reporting.Core.Cube.Querying;

/// <summary>
/// A query, close to Cube's REST query: measures and dimensions by "cube.member", one optional time
/// dimension with a granularity and date range, filters, subtotals, order and paging.
/// </summary>
public sealed record CubeQuery
{
    public IReadOnlyList<string> Measures { get; init; } = [];

    public IReadOnlyList<string> Dimensions { get; init; } = [];

    public TimeDimensionQuery? TimeDimension { get; init; }

    public IReadOnlyList<QueryFilter> Filters { get; init; } = [];

    public Totals Totals { get; init; } = Totals.None;

    /// <summary>Also answer for the period before the date range (or the same one a year earlier).</summary>
    public CompareWith Compare { get; init; } = CompareWith.None;

    public IReadOnlyList<QueryOrder> Order { get; init; } = [];

    public int? Limit { get; init; }

    public int? Offset { get; init; }
}

public sealed record TimeDimensionQuery(string Dimension, Model.TimeGranularity? Granularity, DateRange? DateRange);

/// <summary>Inclusive dates.</summary>
public sealed record DateRange(DateOnly From, DateOnly To);

public sealed record QueryFilter(string Member, FilterOperator Operator, IReadOnlyList<string> Values);

public sealed record QueryOrder(string Member, bool Descending);

/// <summary>Subtotals: none, ROLLUP over the dimensions in order, or every combination (CUBE).</summary>
public enum Totals
{
    None,
    Rollup,
    Cube,
}

public enum CompareWith
{
    None,
    PreviousPeriod,
    PreviousYear,
}

public enum FilterOperator
{
    Equals,
    NotEquals,
    In,
    NotIn,
    Gt,
    Gte,
    Lt,
    Lte,
    Contains,
    Set,
    NotSet,
    InDateRange,
}
