namespace Reporting.Core.Cube.Model;

/// <summary>How a dimension's values are typed, and so which filters and granularities apply.</summary>
public enum DimensionType
{
    String,
    Number,
    Boolean,
    Time,
}

/// <summary>How a measure aggregates; each kind is compiled by one exhaustive switch.</summary>
public enum MeasureType
{
    Count,
    CountDistinct,
    Sum,
    Avg,
    Min,
    Max,
    Median,
    Percentile,
    Ratio,
    Formula,
}

/// <summary>Calendar buckets of a time dimension.</summary>
public enum TimeGranularity
{
    Day,
    Week,
    Month,
    Quarter,
    Year,
}
