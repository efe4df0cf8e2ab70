using Reporting.Core.Access;
using Reporting.Core.Cube.Model;
using Reporting.Core.Sql;

namespace Reporting.Core.Cube.Compiling;

/// <summary>
/// The condition a cube's access policy adds to every statement compiled for a restricted scope:
/// a row is read when its CSM (trimmed, lower-case) is in the scope's book or its account is one the
/// scope names, both lists bound as parameters. A cube without a policy reads nothing (FALSE): deny
/// by default. The condition reads only the fact's own columns (a join column becomes a semi-join on
/// the join's key), so it narrows the fact rows wherever the statement aggregates them, also below
/// the joins (<see cref="PartialAggregation"/>), and adds no join to the statement.
/// </summary>
internal static class AccessRestriction
{
    /// <summary>The condition for <paramref name="scope"/>, or null when it reads every account (nothing is added).</summary>
    public static string? Condition(CubeDefinition cube, AccessScope scope, ParameterList parameters, SqlDialect dialect)
    {
        if (scope.IsUnrestricted)
        {
            return null;
        }
        if (cube.Access is not { } policy)
        {
            return "FALSE";
        }
        var parts = new List<string>();
        if (policy.Csm is { } csm)
        {
            parts.Add(Restrict(cube, Dimension(cube, csm), value => dialect.Lower($"trim({value})"), scope.Csms, parameters, dialect));
        }
        if (policy.Account is { } account)
        {
            parts.Add(Restrict(cube, Dimension(cube, account), value => value, scope.Accounts, parameters, dialect));
        }
        return $"({string.Join(" OR ", parts)})";
    }

    /// <summary>
    /// Why a dimension cannot hold a policy's value, or null when it can: a string dimension over the
    /// fact's own columns, or exactly one column of a join.
    /// </summary>
    public static string? Problem(CubeDefinition cube, DimensionDefinition dimension) =>
        dimension.Type != DimensionType.String ? $"the dimension '{dimension.Name}' is a {dimension.Type.ToString().ToLowerInvariant()} dimension, not a string one"
        : JoinReferences.IsOwn(cube, dimension.Sql) || JoinReferences.Column(cube, dimension.Sql) is not null ? null
        : $"the dimension '{dimension.Name}' must read the fact's own columns or exactly one column of a join (like account.csm)";

    private static string Restrict(CubeDefinition cube, DimensionDefinition dimension, Func<string, string> normalise, IReadOnlyList<string> values, ParameterList parameters, SqlDialect dialect)
    {
        var list = dialect.TextRows(parameters.Add(values.ToArray()));
        if (JoinReferences.Column(cube, dimension.Sql) is not { } joined)
        {
            return $"{normalise(dimension.Sql)} IN {list}";
        }
        // A LEFT JOIN on the key: the row's value is the joined row's, and no joined row matches nothing.
        var key = SqlIdentifier.Quote(joined.Join.Key);
        return $"{SqlIdentifier.Quote(cube.Name)}.{key} {dialect.InSubquery} (SELECT {key} FROM {SqlIdentifier.Quote(joined.Join.Table)} WHERE {normalise(SqlIdentifier.Quote(joined.Column))} IN {list})";
    }

    private static DimensionDefinition Dimension(CubeDefinition cube, string name) =>
        cube.Dimensions.First(d => d.Name == name);
}
