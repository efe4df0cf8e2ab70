namespace Reporting.Core.Cube.Compiling;

/// <summary>The one place values become positional parameters ($1, $2 …) of a compiled query.</summary>
public sealed class ParameterList
{
    private readonly List<object?> values = [];

    public IReadOnlyList<object?> Values => values;

    /// <summary>Adds a value and returns its placeholder.</summary>
    public string Add(object? value)
    {
        values.Add(value);
        return $"${values.Count}";
    }
}
