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
    public static string Of(CubeDefinition cube, string statement)
    {
        var alias = SqlIdentifier.Quote(cube.Name);
        var joins = cube.Joins.Where(j => Names(statement, j.Name)).Select(j =>
        {
            var join = SqlIdentifier.Quote(j.Name);
            var key = SqlIdentifier.Quote(j.Key);
            return $"LEFT JOIN {SqlIdentifier.Quote(j.Table)} AS {join} ON {join}.{key} = {alias}.{key}";
        });
        return string.Join(" ", new[] { $"FROM {SqlIdentifier.Quote(cube.Table)} AS {alias}" }.Concat(joins));
    }

    /// <summary>Whether the SQL qualifies a column with the join's name, bare or quoted (a mention inside a string literal counts too, harmlessly).</summary>
    private static bool Names(string sql, string join) =>
        Regex.IsMatch(sql, $"(?<![\\w\"]){Regex.Escape(join)}\\s*\\.|\"{Regex.Escape(join.Replace("\"", "\"\"", StringComparison.Ordinal))}\"\\s*\\.", RegexOptions.CultureInvariant);
}
