using System.Data.Common;
using Reporting.Core.Cube.Compiling;
using Reporting.Core.Sql;
using Reporting.DuckDb;

namespace Reporting.Core.Cube.Model;

/// <summary>
/// Checks one cube: names are identifiers and unique, each measure has what its type needs,
/// formulas refer to known measures without cycles, the access policy names string dimensions, and every SQL fragment binds against the
/// database (an unknown column fails here, naming the file and member).
/// </summary>
internal static class ModelValidator
{
    public static void Validate(CubeDefinition cube, DbConnection connection)
    {
        RequireIdentifier(cube, "cube", cube.Name);
        RequireIdentifier(cube, "table", cube.Table);
        foreach (var join in cube.Joins)
        {
            RequireIdentifier(cube, "join", join.Name);
            RequireIdentifier(cube, $"join {join.Name} table", join.Table);
            RequireIdentifier(cube, $"join {join.Name} key", join.Key);
        }
        var names = cube.Dimensions.Select(d => d.Name).Concat(cube.Measures.Select(m => m.Name)).ToList();
        names.ForEach(n => RequireIdentifier(cube, "member", n));
        foreach (var duplicate in names.GroupBy(n => n).Where(g => g.Count() > 1))
        {
            throw Error(cube, duplicate.Key, "is defined more than once");
        }
        foreach (var measure in cube.Measures)
        {
            RequireFields(cube, measure);
        }
        RequirePolicy(cube);
        Probe(cube, connection);
    }

    /// <summary>An access policy names at least one member, each a string dimension the restriction can read below the joins.</summary>
    private static void RequirePolicy(CubeDefinition cube)
    {
        if (cube.Access is not { } policy)
        {
            return;
        }
        if (policy.Csm is null && policy.Account is null)
        {
            throw Error(cube, "access", "names neither csm (the dimension holding the account's CSM) nor account (the dimension holding its account id)");
        }
        foreach (var (key, name) in new[] { ("csm", policy.Csm), ("account", policy.Account) })
        {
            if (name is null)
            {
                continue;
            }
            var dimension = cube.Dimensions.FirstOrDefault(d => d.Name == name) ?? throw Error(cube, $"access.{key}", $"'{name}' is not a dimension of {cube.Name}");
            if (AccessRestriction.Problem(cube, dimension) is { } problem)
            {
                throw Error(cube, $"access.{key}", problem);
            }
        }
    }

    private static void RequireFields(CubeDefinition cube, MeasureDefinition measure)
    {
        var missing = measure.Type switch
        {
            MeasureType.Count => null,
            MeasureType.CountDistinct or MeasureType.Sum or MeasureType.Avg or MeasureType.Min or MeasureType.Max or MeasureType.Median
                => measure.Sql is null ? "sql" : null,
            MeasureType.Percentile => measure.Sql is null ? "sql" : measure.P is not (> 0 and < 1) ? "p between 0 and 1" : null,
            MeasureType.Ratio => measure.Numerator is null ? "numerator" : measure.Denominator is null ? "denominator" : RatioPartProblem(measure),
            MeasureType.Formula => measure.Formula is null ? "formula"
                : measure.Observations is { } basis && cube.Measures.All(m => m.Name != basis) ? $"observations naming a measure of {cube.Name}" : null,
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure.Type, null),
        };
        if (missing is not null)
        {
            throw Error(cube, measure.Name, $"a {measure.Type} measure needs {missing}");
        }
    }

    private static string? RatioPartProblem(MeasureDefinition measure) =>
        new[] { measure.Numerator!, measure.Denominator! }.Any(p => p.Type is not (MeasureType.Count or MeasureType.Sum) || (p.Type == MeasureType.Sum && p.Sql is null))
            ? "numerator and denominator of type count, or sum with sql"
            : null;

    /// <summary>
    /// Prepares each member's SQL over the joins it names, as a query will: DuckDB's binder names what
    /// is wrong, also a joined table's column written without its join's name.
    /// </summary>
    private static void Probe(CubeDefinition cube, DbConnection connection)
    {
        var probes = cube.Dimensions.Select(d => (d.Name, Select: d.Sql))
            .Concat(cube.Measures.Select(m => (m.Name, Select: MeasureSql.Aggregate(cube, m))))
            .Select(p => (p.Name, Sql: $"SELECT {p.Select} {FromClause.Of(cube, p.Select)} LIMIT 0"));
        foreach (var (name, sql) in probes)
        {
            try
            {
                connection.CheckStatement(sql);
            }
            catch (DbException e)
            {
                throw Error(cube, name, e.Message);
            }
        }
    }

    private static void RequireIdentifier(CubeDefinition cube, string what, string name)
    {
        if (!SqlIdentifier.IsValid(name))
        {
            throw new ModelException(cube.File, $"{what} name '{name}' must match [A-Za-z_][A-Za-z0-9_]*");
        }
    }

    private static ModelException Error(CubeDefinition cube, string member, string problem) =>
        new(cube.File, $"{cube.Name}.{member}: {problem}");
}
