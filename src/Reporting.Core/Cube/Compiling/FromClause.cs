using System.Text.RegularExpressions;
using Reporting.Core.Cube.Model;
using Reporting.Core.Sql;

namespace Reporting.Core.Cube.Compiling;

/// <summary>
/// FROM the cube's fact table (aliased by the cube's name) LEFT JOIN each dimension table the
/// statement names. A join is on its table's key, so one that nothing in the statement names (as
/// <c>join.column</c>) changes no row and only costs a probe per fact row: it is left out. The
/// model's check prepares every member over the joins it names, so a column of a joined table
/// written without its join's name fails at load, naming the member.
/// </summary>
public static class FromClause
{
    public static string Of(CubeDefinition cube, string statement) =>
        Of(cube, SqlIdentifier.Quote(cube.Table), Named(cube, statement));

    /// <summary>FROM <paramref name="source"/> (a table, or a subquery in parentheses) as the cube, with these joins.</summary>
    public static string Of(CubeDefinition cube, string source, IEnumerable<JoinDefinition> joins)
    {
        var alias = SqlIdentifier.Quote(cube.Name);
        var clauses = joins.Select(j =>
        {
            var join = SqlIdentifier.Quote(j.Name);
            var key = SqlIdentifier.Quote(j.Key);
            return $"LEFT JOIN {SqlIdentifier.Quote(j.Table)} AS {join} ON {join}.{key} = {alias}.{key}";
        });
        return string.Join(" ", clauses.Prepend($"FROM {source} AS {alias}"));
    }

    /// <summary>The joins the SQL qualifies a column with, bare or quoted (a mention inside a string literal counts too, harmlessly).</summary>
    public static IReadOnlyList<JoinDefinition> Named(CubeDefinition cube, string sql) =>
        cube.Joins.Where(j => Regex.IsMatch(sql, $"(?<![\\w\"]){Regex.Escape(j.Name)}\\s*\\.|{Regex.Escape(SqlIdentifier.Quote(j.Name))}\\s*\\.", RegexOptions.CultureInvariant)).ToList();

    /// <summary>Whether the SQL is one column of a join and nothing else (<c>account.segment</c>).</summary>
    public static bool IsJoinColumn(CubeDefinition cube, string sql) =>
        cube.Joins.Any(j => Regex.IsMatch(sql, $"^\\s*(?:{Regex.Escape(j.Name)}|{Regex.Escape(SqlIdentifier.Quote(j.Name))})\\s*\\.\\s*(?:[A-Za-z_]\\w*|\"[^\"]+\")\\s*$", RegexOptions.CultureInvariant));
}
