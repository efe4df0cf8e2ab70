using Reporting.Core.Sql;

namespace Reporting.Core.Cube.Compiling;

/// <summary>
/// The one place values become parameters of a compiled query: a positional list of values, each
/// referred to by its dialect's placeholder ($1 in DuckDB, {p1:Int64} in ClickHouse).
/// </summary>
public sealed class ParameterList(SqlDialect dialect)
{
    private readonly List<object?> values = [];

    public IReadOnlyList<object?> Values => values;

    /// <summary>Adds a value and returns its placeholder.</summary>
    public string Add(object? value)
    {
        values.Add(value);
        return dialect.Placeholder(values.Count, value);
    }
}
