using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Sql;

namespace Reporting.Core.Cube.Compiling;

/// <summary>A query with every member resolved through the model (its SQL in <paramref name="Dialect"/>), all from one cube.</summary>
internal sealed record QueryPlan(CubeDefinition Cube, SqlDialect Dialect)
{
    public List<PlannedDimension> Dimensions { get; } = [];

    public (string Name, string Sql)? TimeDimension { get; private set; }

    public List<MeasureDefinition> Measures { get; } = [];

    public List<(DimensionDefinition Dimension, QueryFilter Filter)> DimensionFilters { get; } = [];

    public List<(MeasureDefinition Measure, QueryFilter Filter)> MeasureFilters { get; } = [];

    public static QueryPlan Resolve(SemanticModel model, SqlDialect dialect, CubeQuery query)
    {
        var members = query.Measures.Concat(query.Dimensions).Concat(query.Filters.Select(f => f.Member))
            .Concat(query.TimeDimension is { } t ? [t.Dimension] : []).ToList();
        if (query.Measures.Count + query.Dimensions.Count == 0 && query.TimeDimension?.Granularity is null)
        {
            throw new QueryException("measures", "a query needs at least one measure, dimension or time dimension with a granularity");
        }
        // Grouping sets cannot repeat a column, and a repeated output column would be ambiguous.
        if (query.Measures.Concat(query.Dimensions).GroupBy(m => m, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { Key: { } twice })
        {
            throw new QueryException(twice, "is asked for twice");
        }
        var cubes = members.Select(m => model.Resolve(m)?.Cube ?? throw new QueryException(m, "unknown member")).Distinct().ToList();
        if (cubes.Count > 1)
        {
            throw new QueryException(members[0], $"members of one cube only; this query mixes {string.Join(", ", cubes.Select(c => c.Name))}");
        }
        var plan = new QueryPlan(cubes[0], dialect);
        query.Dimensions.ToList().ForEach(d => plan.AddDimension(d));
        if (query.TimeDimension is { } time)
        {
            plan.AddTimeDimension(time);
        }
        query.Measures.ToList().ForEach(m => plan.Measures.Add(plan.Measure(m)));
        query.Filters.ToList().ForEach(plan.AddFilter);
        return plan;
    }

    /// <summary>
    /// The joins the statement reads, in the cube's order: those its dimensions, filters (the time
    /// dimension's when the query has a date range) and measures read, each from its own SQL.
    /// </summary>
    public IReadOnlyList<JoinDefinition> Joins(CubeQuery query)
    {
        var sql = Dimensions.Select(d => d.Sql)
            .Concat(DimensionFilters.Select(f => f.Dimension.Sql))
            .Concat(TimeDimension is { } time && query.TimeDimension?.DateRange is not null ? [time.Sql] : [])
            .Concat(Measures.SelectMany(m => new[] { MeasureSql.Aggregate(Cube, m, Dialect), MeasureSql.Observations(Cube, m) ?? "" }))
            .Concat(MeasureFilters.Select(f => MeasureSql.Aggregate(Cube, f.Measure, Dialect)));
        var read = sql.SelectMany(member => JoinReferences.In(Cube, member)).ToHashSet();
        return Cube.Joins.Where(read.Contains).ToList();
    }

    private void AddDimension(string member) => Dimensions.Add(new PlannedDimension(member, Dimension(member).Sql, Dialect));

    private void AddTimeDimension(TimeDimensionQuery time)
    {
        var dimension = Dimension(time.Dimension);
        if (dimension.Type != DimensionType.Time)
        {
            throw new QueryException(time.Dimension, "is not a time dimension");
        }
        TimeDimension = (time.Dimension, dimension.Sql);
        if (time.Granularity is { } granularity)
        {
            Dimensions.Add(new PlannedDimension($"{time.Dimension}.{granularity.ToString().ToLowerInvariant()}", dimension.Sql, Dialect, granularity));
        }
    }

    private void AddFilter(QueryFilter filter)
    {
        var name = Name(filter.Member);
        if (Cube.Measures.FirstOrDefault(m => m.Name == name) is { } measure)
        {
            MeasureFilters.Add((measure, filter));
        }
        else
        {
            DimensionFilters.Add((Dimension(filter.Member), filter));
        }
    }

    private DimensionDefinition Dimension(string member) =>
        Cube.Dimensions.FirstOrDefault(d => d.Name == Name(member)) ?? throw new QueryException(member, "is not a dimension of " + Cube.Name);

    private MeasureDefinition Measure(string member) =>
        Cube.Measures.FirstOrDefault(m => m.Name == Name(member)) ?? throw new QueryException(member, "is not a measure of " + Cube.Name);

    private static string Name(string member) => member[(member.IndexOf('.', StringComparison.Ordinal) + 1)..];
}

/// <summary>A dimension of a query: its member name and SQL, and for a time dimension's bucket its granularity.</summary>
internal sealed record PlannedDimension(string Name, string Sql, SqlDialect Dialect, TimeGranularity? Granularity = null)
{
    /// <summary>What the query groups by: the SQL, or a time bucket's key.</summary>
    public string Key => Granularity is { } granularity ? TimeBucketSql.Key(granularity, Sql, Dialect) : Sql;

    /// <summary>The value shown, from the grouping key as the query refers to it.</summary>
    public string Label(string key) => Granularity is { } granularity ? TimeBucketSql.Label(granularity, key, Dialect) : key;
}
