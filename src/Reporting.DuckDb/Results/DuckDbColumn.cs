using DuckDB.NET.Native;

namespace Reporting.DuckDb;

/// <summary>One column of a result: a name, DuckDB's type, and its values with NULLs marked.</summary>
public abstract class DuckDbColumn
{
    private readonly bool[]? nulls;

    private protected DuckDbColumn(string name, DuckDBType type, int length, bool[]? nulls)
    {
        Name = name;
        Type = type;
        Length = length;
        this.nulls = nulls;
    }

    public string Name { get; }

    public DuckDBType Type { get; }

    public int Length { get; }

    /// <summary>The .NET type of the values (without nullability).</summary>
    public abstract Type ClrType { get; }

    public bool IsNull(int row)
    {
        if ((uint)row >= (uint)Length)
        {
            throw new ArgumentOutOfRangeException(nameof(row), row, $"Column '{Name}' has {Length} rows.");
        }
        return nulls is not null && nulls[row];
    }

    /// <summary>The value boxed, or null for SQL NULL.</summary>
    public abstract object? GetValue(int row);
}

/// <summary>A column whose values are of the .NET type <typeparamref name="T"/>.</summary>
public sealed class DuckDbColumn<T> : DuckDbColumn
{
    private readonly T[] values;

    internal DuckDbColumn(string name, DuckDBType type, T[] values, bool[]? nulls, int length)
        : base(name, type, length, nulls) => this.values = values;

    public override Type ClrType => typeof(T);

    /// <summary>All values; a NULL row holds default(<typeparamref name="T"/>): check <see cref="DuckDbColumn.IsNull"/>.</summary>
    public ReadOnlySpan<T> Values => values.AsSpan(0, Length);

    public T this[int row] => IsNull(row)
        ? throw new InvalidOperationException($"Row {row} of column '{Name}' is NULL.")
        : values[row];

    public override object? GetValue(int row) => IsNull(row) ? null : values[row];
}
