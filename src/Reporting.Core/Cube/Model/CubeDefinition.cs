namespace Reporting.Core.Cube.Model;

/// <summary>
/// A cube: one fact table (aliased by the cube's name in SQL), the dimension tables it joins, and
/// its members. SQL fragments in a cube are written by the model's authors and checked against the
/// database when the model loads; nothing a user sends is ever part of them.
/// </summary>
public sealed record CubeDefinition(string Name, string Table, string Title, string File)
{
    public string? Description { get; init; }

    public IReadOnlyList<JoinDefinition> Joins { get; init; } = [];

    public IReadOnlyList<DimensionDefinition> Dimensions { get; init; } = [];

    public IReadOnlyList<MeasureDefinition> Measures { get; init; } = [];

    /// <summary>Whose rows a restricted caller may read; null: none.</summary>
    public AccessPolicy? Access { get; init; }
}

/// <summary>A dimension table joined by a shared key column, aliased by <paramref name="Name"/>.</summary>
public sealed record JoinDefinition(string Name, string Table, string Key);

/// <summary>A dimension: an SQL expression over the cube's columns (and joins' as join.column).</summary>
public sealed record DimensionDefinition(string Name, DimensionType Type, string Sql)
{
    public string? Title { get; init; }

    public string? Description { get; init; }
}

/// <summary>A measure; which fields it uses depends on its type (checked when the model loads).</summary>
public sealed record MeasureDefinition(string Name, MeasureType Type)
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    /// <summary>The value aggregated (sum, avg, min, max, median, percentile, count_distinct).</summary>
    public string? Sql { get; init; }

    /// <summary>Only rows where this condition holds count (any type but formula).</summary>
    public string? Filter { get; init; }

    /// <summary>For percentile: between 0 and 1 (0.9 = p90, continuous).</summary>
    public double? P { get; init; }

    public RatioPart? Numerator { get; init; }

    public RatioPart? Denominator { get; init; }

    /// <summary>For ratio: the factor applied (100 for percents).</summary>
    public double Scale { get; init; } = 1;

    /// <summary>For formula: SQL over other measures of the cube written as {measure}.</summary>
    public string? Formula { get; init; }

    /// <summary>Digits the value is rounded to in results.</summary>
    public int? Decimals { get; init; }

    /// <summary>For formula: the measure whose observations this one rests on (NPS rests on its responses).</summary>
    public string? Observations { get; init; }
}

/// <summary>One side of a ratio: a count or a sum, with its own filter.</summary>
public sealed record RatioPart(MeasureType Type)
{
    public string? Sql { get; init; }

    public string? Filter { get; init; }
}
