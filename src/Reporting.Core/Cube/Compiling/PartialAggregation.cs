using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Sql;

namespace Reporting.Core.Cube.Compiling;

/// <summary>
/// Aggregates in two steps: first the fact rows alone, grouped by the fact's own dimension keys and
/// the keys of the joins the query needs, into partial aggregates; then those few rows, joined to
/// the dimension tables, grouped (with the subtotals) into the measures. A join on its table's key
/// gives each partial row one dimension row, so the answer is the same as aggregating directly, but
/// the join probes, the subtotal levels and the time buckets' dates run per group instead of per
/// fact row: at 10M tickets over 200 accounts, reopen rate by tier takes a third of the time.
/// It applies when there are measures and every one combines from partials over the fact table
/// alone, every dimension and filter is the fact's own or a plain join column, and there is
/// something to save: a join, subtotals or a time bucket. Grouping by a key as fine as the rows
/// (a ticket id) saves nothing and costs a second grouping; no query the dashboards send does that
/// with a measure.
/// </summary>
internal sealed class PartialAggregation : AggregationLayout
{
    private readonly CubeDefinition cube;
    private readonly SqlDialect dialect;
    // Lists, not dictionaries alone, so that the SQL is the same text on every run.
    private readonly List<(string Name, string Sql, string Column)> keys = [];
    private readonly List<(string Sql, string Column)> partials = [];
    private readonly Dictionary<string, string> partialColumns = [];
    private readonly List<string> innerConditions = [];

    private PartialAggregation(CubeDefinition cube, SqlDialect dialect, IEnumerable<PlannedDimension> ownDimensions)
    {
        this.cube = cube;
        this.dialect = dialect;
        foreach (var dimension in ownDimensions.DistinctBy(d => d.Name))
        {
            keys.Add((dimension.Name, dimension.Key, $"__k{keys.Count}"));
        }
    }

    public static PartialAggregation? For(QueryPlan plan, CubeQuery query)
    {
        var cube = plan.Cube;
        var filtered = plan.DimensionFilters.Select(f => f.Dimension.Sql)
            .Concat(plan.TimeDimension is { } time && query.TimeDimension?.DateRange is not null ? [time.Sql] : []).ToList();
        // A listing (dimensions without measures) has as many groups as rows: nothing to save.
        var combines = plan.Measures.Count > 0 && plan.Measures.Concat(plan.MeasureFilters.Select(f => f.Measure)).All(m => PartialMeasures.Combines(cube, m, plan.Dialect));
        if (!combines || !plan.Dimensions.Select(d => d.Sql).Concat(filtered).All(sql => JoinReferences.IsOwn(cube, sql) || JoinReferences.Column(cube, sql) is not null))
        {
            return null;
        }
        var own = plan.Dimensions.Where(d => JoinReferences.IsOwn(cube, d.Sql)).ToList();
        var joins = own.Count < plan.Dimensions.Count || filtered.Any(sql => !JoinReferences.IsOwn(cube, sql));
        var subtotals = query.Totals != Totals.None && plan.Dimensions.Count > 0;
        return joins || subtotals || plan.Dimensions.Any(d => d.Granularity is not null) ? new PartialAggregation(cube, plan.Dialect, own) : null;
    }

    public override string Key(PlannedDimension dimension) =>
        keys.FirstOrDefault(k => k.Name == dimension.Name) is { Column: { } column } ? Column(column) : dimension.Key;

    public override string Aggregate(MeasureDefinition measure) => PartialMeasures.Aggregate(cube, measure, dialect, Partial);

    public override string? Observations(MeasureDefinition measure) => PartialMeasures.Observations(cube, measure, Partial);

    /// <summary>A condition on the fact's own columns narrows the fact rows; one on a join column, the joined partial rows.</summary>
    public override void Filter(string dimensionSql, string condition)
    {
        if (JoinReferences.IsOwn(cube, dimensionSql))
        {
            innerConditions.Add(condition);
        }
        else
        {
            base.Filter(dimensionSql, condition);
        }
    }

    public override string From(IReadOnlyList<JoinDefinition> joins)
    {
        var alias = SqlIdentifier.Quote(cube.Name);
        var groupBy = keys.Select(k => k.Sql)
            .Concat(joins.Select(j => $"{alias}.{SqlIdentifier.Quote(j.Key)}").Distinct()).ToList();
        var select = keys.Select(k => $"{k.Sql} AS {SqlIdentifier.Quote(k.Column)}")
            .Concat(joins.Select(j => j.Key).Distinct().Select(key => $"{alias}.{SqlIdentifier.Quote(key)} AS {SqlIdentifier.Quote(key)}"))
            .Concat(partials.Select(p => $"{p.Sql} AS {SqlIdentifier.Quote(p.Column)}"));
        var lines = new[]
        {
            $"(SELECT {string.Join(", ", select)}",
            $"    FROM {SqlIdentifier.Quote(cube.Table)} AS {alias}",
            innerConditions.Count == 0 ? "" : $"    WHERE {string.Join(" AND ", innerConditions)}",
            $"    GROUP BY {string.Join(", ", groupBy)})",
        };
        var inner = string.Join("\n", lines.Where(line => line.Length > 0));
        return FromClause.Of(cube, inner, joins, dialect);
    }

    /// <summary>The column of the partial rows holding this partial aggregate (each distinct aggregate computed once).</summary>
    private string Partial(string aggregate)
    {
        if (!partialColumns.TryGetValue(aggregate, out var column))
        {
            column = $"__p{partials.Count}";
            partialColumns[aggregate] = column;
            partials.Add((aggregate, column));
        }
        return Column(column);
    }

    private string Column(string column) => $"{SqlIdentifier.Quote(cube.Name)}.{SqlIdentifier.Quote(column)}";
}
