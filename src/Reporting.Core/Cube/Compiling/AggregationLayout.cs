using Reporting.Core.Cube.Model;
using Reporting.Core.Sql;

namespace Reporting.Core.Cube.Compiling;

/// <summary>
/// How a query's statement aggregates: what it groups by, each measure's aggregate, where each
/// filter's condition goes and what it reads FROM. The compiler writes the statement around it.
/// </summary>
internal abstract class AggregationLayout
{
    private readonly List<string> conditions = [];

    /// <summary>The conditions of the statement's own WHERE, in the order they were added.</summary>
    public IReadOnlyList<string> Conditions => conditions;

    /// <summary>The expression the statement groups a dimension by.</summary>
    public abstract string Key(PlannedDimension dimension);

    public abstract string Aggregate(MeasureDefinition measure);

    /// <summary>The count of observations behind a measure, or null when it has none.</summary>
    public abstract string? Observations(MeasureDefinition measure);

    /// <summary>A condition on a dimension whose SQL is <paramref name="dimensionSql"/>.</summary>
    public virtual void Filter(string dimensionSql, string condition) => conditions.Add(condition);

    /// <summary>The FROM clause with the joins the query's members read.</summary>
    public abstract string From(IReadOnlyList<JoinDefinition> joins);
}

/// <summary>The plain statement: the fact rows, joined to the dimension tables it names, grouped once.</summary>
internal sealed class DirectAggregation(CubeDefinition cube, SqlDialect dialect) : AggregationLayout
{
    public override string Key(PlannedDimension dimension) => dimension.Key;

    public override string Aggregate(MeasureDefinition measure) => MeasureSql.Aggregate(cube, measure, dialect);

    public override string? Observations(MeasureDefinition measure) => MeasureSql.Observations(cube, measure);

    public override string From(IReadOnlyList<JoinDefinition> joins) => FromClause.Of(cube, SqlIdentifier.Quote(cube.Table), joins, dialect);
}
