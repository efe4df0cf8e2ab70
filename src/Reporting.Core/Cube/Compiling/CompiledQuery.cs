namespace Reporting.Core.Cube.Compiling;

/// <summary>SQL with positional parameters, and what each output column is.</summary>
public sealed record CompiledQuery(string Sql, IReadOnlyList<object?> Parameters, IReadOnlyList<OutputColumn> Columns);

/// <summary>An output column: a member ("cube.member", time dimensions as "cube.member.granularity"), or the grouping id.</summary>
public sealed record OutputColumn(string Name, OutputKind Kind);

public enum OutputKind
{
    Dimension,
    Measure,
    /// <summary>"cube.measure.n": the observations behind the measure in this row.</summary>
    Observations,
    Grouping,
}
