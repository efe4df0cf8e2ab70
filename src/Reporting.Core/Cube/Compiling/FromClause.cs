using Reporting.Core.Cube.Model;
using Reporting.Core.Sql;

namespace Reporting.Core.Cube.Compiling;

/// <summary>
/// FROM the cube's fact table (aliased by the cube's name) LEFT JOIN each dimension table the
/// members read. A join is on its table's key, so one that no member reads (as <c>join.column</c>)
/// changes no row and only costs a probe per fact row: it is left out. Which joins a statement needs
/// comes from its plan (<see cref="QueryPlan.Joins"/>). The model's check prepares every member over
/// the joins it reads, so a column of a joined table written without its join's name fails at load,
/// naming the member.
/// </summary>
public static class FromClause
{
    /// <summary>FROM the fact table with the joins one member's SQL reads (the model's check of that member, on DuckDB).</summary>
    public static string Of(CubeDefinition cube, string memberSql) =>
        Of(cube, SqlIdentifier.Quote(cube.Table), JoinReferences.In(cube, memberSql), SqlDialect.DuckDb);

    /// <summary>FROM <paramref name="source"/> (a table, or a subquery in parentheses) as the cube, with these joins.</summary>
    public static string Of(CubeDefinition cube, string source, IEnumerable<JoinDefinition> joins, SqlDialect dialect)
    {
        var alias = SqlIdentifier.Quote(cube.Name);
        var clauses = joins.Select(j =>
        {
            var join = SqlIdentifier.Quote(j.Name);
            var key = SqlIdentifier.Quote(j.Key);
            return $"{dialect.LeftJoin} {SqlIdentifier.Quote(j.Table)} AS {join} ON {join}.{key} = {alias}.{key}";
        });
        return string.Join(" ", clauses.Prepend($"FROM {source} AS {alias}"));
    }
}
