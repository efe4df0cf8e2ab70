using System.Text.RegularExpressions;
using Reporting.Core.Cube.Model;
using Reporting.Core.Sql;

namespace Reporting.Core.Cube.Compiling;

/// <summary>
/// A measure as an aggregate of partial aggregates: counts and sums add up, minima and maxima take
/// theirs, an average is its summed sum over its summed count, a ratio its summed parts. Medians,
/// percentiles and distinct counts do not combine, so a query with one is aggregated directly.
/// Counts are cast back to BIGINT: a sum of counts is HUGEINT in DuckDB, a count is not.
/// </summary>
internal static partial class PartialMeasures
{
    /// <summary>What a formula may say besides its {measures} and still combine: arithmetic, not columns or aggregates.</summary>
    private static readonly HashSet<string> ScalarWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "abs", "round", "sqrt", "power", "ln", "log", "log10", "exp", "greatest", "least", "coalesce", "nullif",
        "cast", "as", "double", "bigint", "integer", "decimal", "case", "when", "then", "else", "end", "and", "or", "not", "null", "is",
    };

    /// <summary>Whether the measure combines from partial aggregates that read the fact table alone.</summary>
    public static bool Combines(CubeDefinition cube, MeasureDefinition measure, SqlDialect dialect) => Combines(cube, measure, dialect, []);

    /// <summary>The measure over partial aggregates; <paramref name="partial"/> names the column holding one.</summary>
    public static string Aggregate(CubeDefinition cube, MeasureDefinition measure, SqlDialect dialect, Func<string, string> partial) => measure.Type switch
    {
        MeasureType.Count => Count(MeasureSql.Aggregate(cube, measure, dialect), partial),
        MeasureType.Sum => dialect.Aggregate("sum", partial(MeasureSql.Aggregate(cube, measure, dialect))),
        MeasureType.Min => dialect.Aggregate("min", partial(MeasureSql.Aggregate(cube, measure, dialect))),
        MeasureType.Max => dialect.Aggregate("max", partial(MeasureSql.Aggregate(cube, measure, dialect))),
        MeasureType.Avg => $"(CAST(sum({partial(MeasureSql.Filtered(dialect.Aggregate("sum", measure.Sql!), measure.Filter))}) AS DOUBLE)"
            + $" / NULLIF(sum({partial(MeasureSql.Filtered($"count({measure.Sql})", measure.Filter))}), 0))",
        MeasureType.Ratio => $"({MeasureSql.Number(measure.Scale)} * (sum({partial(MeasureSql.Part(measure.Numerator!, measure.Filter, dialect))}))::DOUBLE"
            + $" / NULLIF(sum({partial(MeasureSql.Part(measure.Denominator!, measure.Filter, dialect))}), 0))",
        MeasureType.Formula => MeasureSql.Formula(cube, measure, referenced => Aggregate(cube, referenced, dialect, partial)),
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure.Type, "Does not combine from partial aggregates."),
    };

    /// <summary>Observations are always a count, so they add up.</summary>
    public static string? Observations(CubeDefinition cube, MeasureDefinition measure, Func<string, string> partial) =>
        MeasureSql.Observations(cube, measure) is { } count ? Count(count, partial) : null;

    /// <summary>A total over no rows at all (an empty fact table's grand total) counts 0, as count(*) does, not NULL as sum does.</summary>
    private static string Count(string count, Func<string, string> partial) => $"CAST(coalesce(sum({partial(count)}), 0) AS BIGINT)";

    private static bool Combines(CubeDefinition cube, MeasureDefinition measure, SqlDialect dialect, HashSet<string> visiting) => measure.Type switch
    {
        MeasureType.Count or MeasureType.Sum or MeasureType.Min or MeasureType.Max or MeasureType.Avg or MeasureType.Ratio
            => JoinReferences.IsOwn(cube, MeasureSql.Aggregate(cube, measure, dialect)),
        MeasureType.Formula => FormulaCombines(cube, measure, dialect, visiting),
        _ => false,
    };

    private static bool FormulaCombines(CubeDefinition cube, MeasureDefinition measure, SqlDialect dialect, HashSet<string> visiting)
    {
        // A formula that refers to itself is left to the direct statement, which reports it.
        if (!visiting.Add(measure.Name))
        {
            return false;
        }
        // Outside its references a formula is evaluated over the partial rows: a column or an aggregate
        // of its own there (feature_requests' CLV averages) would read the wrong rows, so it does not combine.
        var outside = Reference().Replace(measure.Formula!, " ");
        var combines = Word().Matches(outside).All(word => ScalarWords.Contains(word.Value))
            && MeasureSql.References(measure.Formula!).All(name =>
            cube.Measures.FirstOrDefault(m => m.Name == name) is { } referenced && Combines(cube, referenced, dialect, visiting));
        visiting.Remove(measure.Name);
        return combines;
    }

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Reference();

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Word();
}
