using System.Text.RegularExpressions;
using Reporting.Core.Access;
using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Sql;

namespace Reporting.Core.Cube.Compiling;

/// <summary>
/// Compiles a query against the model into one SQL statement. Members resolve only through the
/// model (an unknown one is an error naming it), values only become parameters, and subtotals come
/// from GROUPING SETS in the same statement, each aggregated from its own rows. The statement
/// aggregates the fact rows directly, or first into partial aggregates below the joins when its
/// measures allow (<see cref="PartialAggregation"/>): the same numbers either way. A restricted
/// scope adds its cube's access policy to the statement's conditions (<see cref="AccessRestriction"/>);
/// an unrestricted one adds nothing, so an admin's statement is the same text as without scopes.
/// The same plan compiles to DuckDB's SQL or ClickHouse's (<see cref="SqlDialect"/>): the model's SQL
/// is translated once, when the compiler is made (<see cref="DialectModel"/>), which throws a
/// <see cref="ModelException"/> naming each member that has no translation.
/// </summary>
public sealed partial class QueryCompiler
{
    /// <summary>Spelt out, CUBE's sets double with each dimension: 10 make 1,024.</summary>
    private const int MaxCubeDimensions = 10;

    private readonly SemanticModel model;
    private readonly SqlDialect dialect;
    private readonly bool aggregateBelowJoins;

    /// <param name="dialect">The engine's SQL; DuckDB's when not given.</param>
    /// <param name="aggregateBelowJoins">False writes the one-step statement always (the benchmark compares the two).</param>
    public QueryCompiler(SemanticModel model, SqlDialect? dialect = null, bool aggregateBelowJoins = true)
    {
        this.dialect = dialect ?? SqlDialect.DuckDb;
        this.model = DialectModel.Of(model, this.dialect);
        this.aggregateBelowJoins = aggregateBelowJoins;
    }

    public SqlDialect Dialect => dialect;

    /// <summary>The statement as <paramref name="scope"/> may read it: the scope is explicit, never the ambient one.</summary>
    public CompiledQuery Compile(CubeQuery query, DateOnly today, AccessScope scope)
    {
        var plan = QueryPlan.Resolve(model, dialect, query);
        var layout = (aggregateBelowJoins ? PartialAggregation.For(plan, query) : null) ?? (AggregationLayout)new DirectAggregation(plan.Cube, dialect);
        var parameters = new ParameterList(dialect);
        var select = new List<string>();
        var columns = new List<OutputColumn>();
        foreach (var dimension in plan.Dimensions)
        {
            select.Add($"{dimension.Label(layout.Key(dimension))} AS {Alias(dimension.Name)}");
            columns.Add(new OutputColumn(dimension.Name, OutputKind.Dimension));
        }
        foreach (var measure in plan.Measures)
        {
            var member = Member(plan.Cube, measure.Name);
            select.Add($"{layout.Aggregate(measure)} AS {Alias(member)}");
            columns.Add(new OutputColumn(member, OutputKind.Measure));
            if (layout.Observations(measure) is { } observations)
            {
                select.Add($"{observations} AS {Alias(member + ".n")}");
                columns.Add(new OutputColumn(member + ".n", OutputKind.Observations));
            }
        }
        var keys = plan.Dimensions.Select(layout.Key).ToList();
        if (query.Totals != Totals.None && keys.Count > 0)
        {
            select.Add($"GROUPING({string.Join(", ", keys)}) AS \"__grouping\"");
            columns.Add(new OutputColumn("__grouping", OutputKind.Grouping));
        }
        var selectClause = $"SELECT {string.Join(", ", select)}";
        var rest = new[] { Where(plan, query, today, scope, parameters, layout), GroupBy(keys, query.Totals), Having(plan, parameters, layout), OrderBy(plan, query), Paging(query, parameters), dialect.StatementSettings };
        // The FROM clause last: below the joins, it holds the partial aggregates the other clauses use.
        var from = layout.From(plan.Joins(query));
        var sql = string.Join("\n", new[] { selectClause, from }.Concat(rest).Where(part => part.Length > 0));
        return new CompiledQuery(sql, parameters.Values, columns);
    }

    public static string Member(CubeDefinition cube, string name) => $"{cube.Name}.{name}";

    /// <summary>The statement's WHERE; the layout may place a condition below its aggregation instead (then not here).</summary>
    private static string Where(QueryPlan plan, CubeQuery query, DateOnly today, AccessScope scope, ParameterList parameters, AggregationLayout layout)
    {
        foreach (var (dimension, filter) in plan.DimensionFilters)
        {
            layout.Filter(dimension.Sql, FilterSql.Condition(dimension.Sql, dimension.Type, filter, parameters, plan.Dialect));
        }
        if (plan.TimeDimension is { } time && query.TimeDimension?.DateRange is { } range)
        {
            layout.Filter(time.Sql, FilterSql.DateRange(time.Sql, range.From, range.To, parameters));
        }
        if (AccessRestriction.Condition(plan.Cube, scope, parameters, plan.Dialect) is { } restriction)
        {
            // It reads the fact's own columns only: any layout applies it to the fact rows.
            layout.Filter(restriction, restriction);
        }
        return layout.Conditions.Count == 0 ? "" : $"WHERE {string.Join(" AND ", layout.Conditions)}";
    }

    private string GroupBy(IReadOnlyList<string> keys, Totals totals)
    {
        if (keys.Count == 0)
        {
            return "";
        }
        var list = string.Join(", ", keys);
        return totals switch
        {
            Totals.None => $"GROUP BY {list}",
            _ when dialect.SpellsOutGroupingSets => $"GROUP BY GROUPING SETS ({string.Join(", ", GroupingSets(keys, totals).Select(set => $"({string.Join(", ", set)})"))})",
            Totals.Rollup => $"GROUP BY ROLLUP ({list})",
            Totals.Cube => $"GROUP BY CUBE ({list})",
            _ => throw new ArgumentOutOfRangeException(nameof(totals), totals, null),
        };
    }

    /// <summary>ROLLUP's sets (every leading run of the keys, down to none) or CUBE's (every subset, in the keys' order).</summary>
    private static IEnumerable<IEnumerable<string>> GroupingSets(IReadOnlyList<string> keys, Totals totals)
    {
        if (totals == Totals.Rollup)
        {
            return Enumerable.Range(0, keys.Count + 1).Select(n => keys.Take(keys.Count - n));
        }
        if (keys.Count > MaxCubeDimensions)
        {
            throw new QueryException("totals", $"CUBE takes at most {MaxCubeDimensions} dimensions on ClickHouse ({1 << MaxCubeDimensions} subtotal levels)");
        }
        return Enumerable.Range(0, 1 << keys.Count).Reverse().Select(mask => keys.Where((_, i) => (mask & (1 << (keys.Count - 1 - i))) != 0));
    }

    private static string Having(QueryPlan plan, ParameterList parameters, AggregationLayout layout)
    {
        var conditions = plan.MeasureFilters
            .Select(f => FilterSql.Condition(Threshold(layout.Aggregate(f.Measure), f.Filter), DimensionType.Number, f.Filter, parameters, plan.Dialect))
            .ToList();
        return conditions.Count == 0 ? "" : $"HAVING {string.Join(" AND ", conditions)}";
    }

    /// <summary>DuckDB cannot bind a lambda (x -> ...) again in HAVING: such a measure is refused as a threshold, not left to fail.</summary>
    private static string Threshold(string aggregate, QueryFilter filter) => Lambda().IsMatch(aggregate)
        ? throw new QueryException(filter.Member, "cannot be filtered on: its SQL uses a lambda, which DuckDB cannot evaluate in a threshold (HAVING); select it and filter the rows instead")
        : aggregate;

    /// <summary>The order asked for, then the dimensions in order so that results are stable; totals last.</summary>
    private static string OrderBy(QueryPlan plan, CubeQuery query)
    {
        var selected = plan.Dimensions.Select(d => d.Name).Concat(plan.Measures.Select(m => Member(plan.Cube, m.Name))).ToHashSet();
        var terms = query.Order.Select(o => selected.Contains(o.Member)
            ? $"{Alias(o.Member)} {(o.Descending ? "DESC" : "ASC")} NULLS LAST"
            : throw new QueryException(o.Member, "only a selected measure or dimension can order the result"));
        var tail = plan.Dimensions.Select(d => $"{Alias(d.Name)} ASC NULLS LAST");
        // A real NULL group and a subtotal tie on their values: the detail row comes first.
        var levels = query.Totals != Totals.None && plan.Dimensions.Count > 0 ? ["\"__grouping\" ASC"] : Array.Empty<string>();
        var all = terms.Concat(tail).Concat(levels).ToList();
        return all.Count == 0 ? "" : $"ORDER BY {string.Join(", ", all)}";
    }

    /// <summary>The rows a query answers at most: its limit, else the default; one more is read to tell a truncated answer.</summary>
    public static int RowLimit(CubeQuery query)
    {
        var limit = query.Limit ?? QueryLimits.DefaultRows;
        return limit is < 1 or > QueryLimits.MaxRows ? throw new QueryException("limit", $"must be between 1 and {QueryLimits.MaxRows}") : limit;
    }

    private static string Paging(CubeQuery query, ParameterList parameters)
    {
        var limit = RowLimit(query) + 1;
        if (query.Offset is < 0)
        {
            throw new QueryException("offset", "cannot be negative");
        }
        return $"LIMIT {parameters.Add((long)limit)} OFFSET {parameters.Add((long)(query.Offset ?? 0))}";
    }

    [GeneratedRegex(@"\b[A-Za-z_]\w*\s*->")]
    private static partial Regex Lambda();

    /// <summary>Output columns are named by member; the name comes from the model, quoted like any identifier.</summary>
    private static string Alias(string member) => "\"" + member.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
