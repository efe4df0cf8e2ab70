using System.Globalization;
using Reporting.Core.Cube.Model;
using Reporting.Core.Sql;

namespace Reporting.Core.Cube.Compiling;

/// <summary>
/// The aggregate SQL of a measure. Every measure aggregates from the rows of its group, so a
/// subtotal of a ratio is sum(numerator) / sum(denominator) and a median is the median of the
/// group's rows, at every level of a rollup; nothing is ever averaged from finer groups.
/// </summary>
public static class MeasureSql
{
    /// <summary>The measure's aggregate in <paramref name="dialect"/>; the cube's SQL is in that dialect already (<see cref="DialectModel"/>).</summary>
    public static string Aggregate(CubeDefinition cube, MeasureDefinition measure, SqlDialect dialect) => measure.Type switch
    {
        MeasureType.Count => Filtered("count(*)", measure.Filter),
        MeasureType.CountDistinct => Filtered($"count(DISTINCT {measure.Sql})", measure.Filter),
        MeasureType.Sum => Filtered(dialect.Aggregate("sum", measure.Sql!), measure.Filter),
        MeasureType.Avg => Filtered(dialect.Aggregate("avg", measure.Sql!), measure.Filter),
        MeasureType.Min => Filtered(dialect.Aggregate("min", measure.Sql!), measure.Filter),
        MeasureType.Max => Filtered(dialect.Aggregate("max", measure.Sql!), measure.Filter),
        MeasureType.Median => Filtered(dialect.Quantile(measure.Sql!, "0.5"), measure.Filter),
        MeasureType.Percentile => Filtered(dialect.Quantile(measure.Sql!, Number(measure.P!.Value)), measure.Filter),
        MeasureType.Ratio => Ratio(measure, dialect),
        MeasureType.Formula => Formula(cube, measure, referenced => Aggregate(cube, referenced, dialect)),
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure.Type, "Unknown measure type."),
    };

    /// <summary>
    /// How many observations a measure's value rests on in its group (the rows it counts, the
    /// values it aggregates, a ratio's denominator), for the low-sample flag; null when undefined.
    /// </summary>
    public static string? Observations(CubeDefinition cube, MeasureDefinition measure) => measure.Type switch
    {
        MeasureType.Count or MeasureType.CountDistinct => Filtered("count(*)", measure.Filter),
        MeasureType.Sum or MeasureType.Avg or MeasureType.Min or MeasureType.Max or MeasureType.Median or MeasureType.Percentile
            => Filtered($"count({measure.Sql})", measure.Filter),
        MeasureType.Ratio => Filtered("count(*)", PartFilter(measure.Denominator!, measure.Filter)),
        MeasureType.Formula => cube.Measures.FirstOrDefault(m => m.Name == measure.Observations) is { } basis ? Observations(cube, basis) : null,
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure.Type, "Unknown measure type."),
    };

    /// <summary>The measures a formula refers to as {name}, in order of appearance.</summary>
    public static IEnumerable<string> References(string formula)
    {
        var start = formula.IndexOf('{', StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = formula.IndexOf('}', start);
            if (end < 0)
            {
                yield break;
            }
            yield return formula[(start + 1)..end];
            start = formula.IndexOf('{', end);
        }
    }

    private static string Ratio(MeasureDefinition measure, SqlDialect dialect)
    {
        var numerator = Part(measure.Numerator!, measure.Filter, dialect);
        var denominator = Part(measure.Denominator!, measure.Filter, dialect);
        return $"({Number(measure.Scale)} * ({numerator})::DOUBLE / NULLIF({denominator}, 0))";
    }

    internal static string Part(RatioPart part, string? measureFilter, SqlDialect dialect) => part.Type == MeasureType.Sum
        ? Filtered(dialect.Aggregate("sum", part.Sql!), PartFilter(part, measureFilter))
        : Filtered("count(*)", PartFilter(part, measureFilter));

    /// <summary>The rows a ratio's part reads: those of the measure's filter and of its own.</summary>
    private static string? PartFilter(RatioPart part, string? measureFilter) => (part.Filter, measureFilter) switch
    {
        (null, null) => null,
        ({ } own, null) => own,
        (null, { } shared) => shared,
        ({ } own, { } shared) => $"({shared}) AND ({own})",
    };

    /// <summary>The formula with each {measure} it refers to replaced by <paramref name="aggregate"/> of that (non-formula) measure.</summary>
    internal static string Formula(CubeDefinition cube, MeasureDefinition measure, Func<MeasureDefinition, string> aggregate) =>
        Formula(cube, measure, aggregate, []);

    private static string Formula(CubeDefinition cube, MeasureDefinition measure, Func<MeasureDefinition, string> aggregate, HashSet<string> visiting)
    {
        if (!visiting.Add(measure.Name))
        {
            throw new ModelException(cube.File, $"{cube.Name}.{measure.Name}: the formula refers to itself through {string.Join(" → ", visiting)}");
        }
        var sql = measure.Formula!;
        foreach (var name in References(sql).Distinct())
        {
            var referenced = cube.Measures.FirstOrDefault(m => m.Name == name)
                ?? throw new ModelException(cube.File, $"{cube.Name}.{measure.Name}: the formula refers to an unknown measure {{{name}}}");
            var inner = referenced.Type == MeasureType.Formula ? Formula(cube, referenced, aggregate, visiting) : aggregate(referenced);
            sql = sql.Replace("{" + name + "}", $"({inner})", StringComparison.Ordinal);
        }
        visiting.Remove(measure.Name);
        return $"({sql})";
    }

    internal static string Filtered(string aggregate, string? filter) =>
        filter is null ? aggregate : $"{aggregate} FILTER (WHERE {filter})";

    internal static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
