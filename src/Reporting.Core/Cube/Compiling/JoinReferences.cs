using Reporting.Core.Cube.Model;
using Reporting.Core.Sql;

namespace Reporting.Core.Cube.Compiling;

/// <summary>
/// The joins one member's SQL reads: a name of one of the cube's joins (bare or quoted) followed by a
/// dot, read from its tokens (<see cref="SqlTokens"/>), so a string literal, a quoted column or a
/// comment that only mentions a join is no reference. The compiler asks about the members of its
/// plan (<see cref="QueryPlan.Joins"/>), never about the statement it writes.
/// </summary>
internal static class JoinReferences
{
    /// <summary>The cube's joins the SQL qualifies a column with, in the cube's order.</summary>
    public static IReadOnlyList<JoinDefinition> In(CubeDefinition cube, string sql)
    {
        var tokens = SqlTokens.Of(sql);
        var qualifiers = tokens.Where((t, i) => t.Kind == SqlTokenKind.Identifier && i + 1 < tokens.Count && tokens[i + 1].Kind == SqlTokenKind.Dot)
            .Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        return cube.Joins.Where(j => qualifiers.Contains(j.Name)).ToList();
    }

    /// <summary>Whether the SQL reads the fact table's own columns alone.</summary>
    public static bool IsOwn(CubeDefinition cube, string sql) => In(cube, sql).Count == 0;

    /// <summary>The join and its column when the SQL is one column of a join and nothing else (<c>account.segment</c>).</summary>
    public static (JoinDefinition Join, string Column)? Column(CubeDefinition cube, string sql) =>
        SqlTokens.Of(sql) is [{ Kind: SqlTokenKind.Identifier } join, { Kind: SqlTokenKind.Dot }, { Kind: SqlTokenKind.Identifier } column]
        && cube.Joins.FirstOrDefault(j => j.Name == join.Text) is { } found
            ? (found, column.Text)
            : null;
}
