namespace Reporting.DuckDb;

/// <summary>A fully read result, column by column.</summary>
public sealed class DuckDbResultSet
{
    internal DuckDbResultSet(IReadOnlyList<DuckDbColumn> columns, int rowCount)
    {
        Columns = columns;
        RowCount = rowCount;
    }

    public IReadOnlyList<DuckDbColumn> Columns { get; }

    public int RowCount { get; }

    public DuckDbColumn this[string name] =>
        Columns.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"The result has no column '{name}'. Columns: {string.Join(", ", Columns.Select(c => c.Name))}.");

    public DuckDbColumn<T> Column<T>(string name) => this[name] as DuckDbColumn<T>
        ?? throw new InvalidCastException($"Column '{name}' holds {this[name].ClrType.Name}, not {typeof(T).Name}.");

    /// <summary>The single value of a one-row, one-column result (null for SQL NULL).</summary>
    public object? Scalar() => RowCount == 0 || Columns.Count == 0 ? null : Columns[0].GetValue(0);
}
