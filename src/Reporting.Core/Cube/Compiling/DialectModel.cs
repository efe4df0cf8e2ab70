using Reporting.Core.Cube.Model;
using Reporting.Core.Sql;

namespace Reporting.Core.Cube.Compiling;

/// <summary>
/// The model with every member's SQL (dimensions, measures, filters, formulas, ratio parts) in a
/// dialect, translated once when a compiler is made, so that every statement compiled from it is
/// in that dialect. What does not translate is one <see cref="ModelException"/> naming each member.
/// </summary>
internal static class DialectModel
{
    public static SemanticModel Of(SemanticModel model, SqlDialect dialect)
    {
        if (dialect == SqlDialect.DuckDb)
        {
            return model;
        }
        var problems = new List<ModelProblem>();
        var translated = model.Map(cube => Cube(cube, dialect, problems));
        return problems.Count == 0 ? translated : throw new ModelException(problems);
    }

    private static CubeDefinition Cube(CubeDefinition cube, SqlDialect dialect, List<ModelProblem> problems)
    {
        string? Sql(string member, string? sql, bool boolean = false)
        {
            try
            {
                return sql is null ? null : dialect.Member(sql, boolean);
            }
            catch (SqlTranslationException e)
            {
                problems.Add(new ModelProblem(cube.File, $"{cube.Name}.{member}: {e.Message} (in {dialect})"));
                return sql;
            }
        }
        RatioPart? Part(string member, RatioPart? part) => part is null ? null : part with { Sql = Sql(member, part.Sql), Filter = Sql(member, part.Filter) };
        return cube with
        {
            Dimensions = cube.Dimensions.Select(d => d with { Sql = Sql(d.Name, d.Sql, d.Type == DimensionType.Boolean)! }).ToList(),
            Measures = cube.Measures.Select(m => m with
            {
                Sql = Sql(m.Name, m.Sql),
                Filter = Sql(m.Name, m.Filter),
                Formula = Sql(m.Name, m.Formula),
                Numerator = Part(m.Name, m.Numerator),
                Denominator = Part(m.Name, m.Denominator),
            }).ToList(),
        };
    }
}
