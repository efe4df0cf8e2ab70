using System.Data.Common;
using Reporting.Core.Cube.Compiling;
using Reporting.Core.Sql;
using Reporting.DuckDb;

namespace Reporting.Core.Cube.Model;

/// <summary>
/// Checks one cube and collects every problem, each naming the file and member: names are identifiers
/// and unique, each measure has what its type needs, formulas refer to known measures without cycles,
/// the access policy names string dimensions, and every SQL fragment binds against the database (an
/// unknown column fails here). SQL is probed only when the cube's table and joins are identifiers, and
/// not for a measure that lacks what its type needs.
/// </summary>
internal static class ModelValidator
{
    public static IReadOnlyList<ModelProblem> Problems(CubeDefinition cube, DbConnection connection)
    {
        var structure = Structure(cube).ToList();
        var names = cube.Dimensions.Select(d => d.Name).Concat(cube.Measures.Select(m => m.Name)).ToList();
        var incomplete = cube.Measures.Select(m => (m.Name, Missing: Missing(cube, m))).Where(m => m.Missing is not null).ToList();
        var problems = new List<ModelProblem>(structure);
        problems.AddRange(names.Where(n => !SqlIdentifier.IsValid(n)).Select(n => NameProblem(cube, "member", n)));
        problems.AddRange(names.GroupBy(n => n).Where(g => g.Count() > 1).Select(g => Problem(cube, g.Key, "is defined more than once")));
        problems.AddRange(incomplete.Select(m => Problem(cube, m.Name, m.Missing!)));
        problems.AddRange(Policy(cube));
        if (structure.Count == 0)
        {
            problems.AddRange(Probe(cube, connection, Unprobed(cube, names, incomplete.Select(m => m.Name))));
        }
        return problems;
    }

    /// <summary>
    /// Members whose SQL is not probed: a bad name (a dimension's name may be its SQL), a measure lacking
    /// what its type needs, and, while one does, every formula (it may be built from that measure).
    /// </summary>
    private static HashSet<string> Unprobed(CubeDefinition cube, IEnumerable<string> names, IEnumerable<string> incomplete)
    {
        var unprobed = names.Where(n => !SqlIdentifier.IsValid(n)).Concat(incomplete).ToHashSet(StringComparer.Ordinal);
        if (unprobed.Overlaps(cube.Measures.Select(m => m.Name)))
        {
            unprobed.UnionWith(cube.Measures.Where(m => m.Type == MeasureType.Formula).Select(m => m.Name));
        }
        return unprobed;
    }

    /// <summary>The names SQL is built from: the cube's, its table's and its joins'.</summary>
    private static IEnumerable<ModelProblem> Structure(CubeDefinition cube)
    {
        var names = new List<(string What, string Name)> { ("cube", cube.Name), ("table", cube.Table) };
        foreach (var join in cube.Joins)
        {
            names.AddRange([("join", join.Name), ($"join {join.Name} table", join.Table), ($"join {join.Name} key", join.Key)]);
        }
        return names.Where(n => !SqlIdentifier.IsValid(n.Name)).Select(n => NameProblem(cube, n.What, n.Name));
    }

    /// <summary>An access policy names at least one member, each a string dimension the restriction can read below the joins.</summary>
    private static IEnumerable<ModelProblem> Policy(CubeDefinition cube)
    {
        if (cube.Access is not { } policy)
        {
            yield break;
        }
        if (policy.Csm is null && policy.Account is null)
        {
            yield return Problem(cube, "access", "names neither csm (the dimension holding the account's CSM) nor account (the dimension holding its account id)");
        }
        foreach (var (key, name) in new[] { ("csm", policy.Csm), ("account", policy.Account) })
        {
            if (name is null)
            {
                continue;
            }
            var problem = cube.Dimensions.FirstOrDefault(d => d.Name == name) is { } dimension
                ? AccessRestriction.Problem(cube, dimension)
                : $"'{name}' is not a dimension of {cube.Name}";
            if (problem is not null)
            {
                yield return Problem(cube, $"access.{key}", problem);
            }
        }
    }

    /// <summary>What the measure's type needs and it lacks, or null.</summary>
    private static string? Missing(CubeDefinition cube, MeasureDefinition measure)
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
        return missing is null ? null : $"a {measure.Type} measure needs {missing}";
    }

    private static string? RatioPartProblem(MeasureDefinition measure) =>
        new[] { measure.Numerator!, measure.Denominator! }.Any(p => p.Type is not (MeasureType.Count or MeasureType.Sum) || (p.Type == MeasureType.Sum && p.Sql is null))
            ? "numerator and denominator of type count, or sum with sql"
            : null;

    /// <summary>
    /// Prepares each member's SQL over the joins it names, as a query will: DuckDB's binder names what
    /// is wrong, also a joined table's column written without its join's name. Building a formula's
    /// SQL names a formula that refers to itself or to an unknown measure.
    /// </summary>
    private static IEnumerable<ModelProblem> Probe(CubeDefinition cube, DbConnection connection, IReadOnlySet<string> unprobed)
    {
        var members = cube.Dimensions.Select(d => (d.Name, Select: (Func<string>)(() => d.Sql)))
            .Concat(cube.Measures.Select(m => (m.Name, Select: (Func<string>)(() => MeasureSql.Aggregate(cube, m, SqlDialect.DuckDb)))))
            .Where(m => !unprobed.Contains(m.Name));
        foreach (var (name, select) in members)
        {
            var problems = new List<ModelProblem>();
            try
            {
                var sql = select();
                connection.CheckStatement($"SELECT {sql} {FromClause.Of(cube, sql)} LIMIT 0");
            }
            catch (DbException e)
            {
                problems.Add(Problem(cube, name, e.Message));
            }
            catch (ModelException e)
            {
                problems.AddRange(e.Problems);
            }
            foreach (var problem in problems)
            {
                yield return problem;
            }
        }
    }

    private static ModelProblem NameProblem(CubeDefinition cube, string what, string name) =>
        new(cube.File, $"{what} name '{name}' must match [A-Za-z_][A-Za-z0-9_]*");

    private static ModelProblem Problem(CubeDefinition cube, string member, string problem) =>
        new(cube.File, $"{cube.Name}.{member}: {problem}");
}
