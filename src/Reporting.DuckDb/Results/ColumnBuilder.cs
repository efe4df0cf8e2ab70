using Reporting.DuckDb.Native;

namespace Reporting.DuckDb;

/// <summary>
/// Copies one column of each data chunk out of DuckDB's vectors into managed arrays, so nothing
/// points into a chunk after it is released. One subclass per type family.
/// </summary>
internal abstract class ColumnBuilder(string name, DuckDbType type)
{
    protected bool[]? Nulls { get; private set; }

    public string Name { get; } = name;

    public DuckDbType Type { get; } = type;

    public int Count { get; private set; }

    public unsafe void Append(IntPtr vector, int rows)
    {
        EnsureCapacity(Count + rows);
        var validity = (ulong*)NativeMethods.duckdb_vector_get_validity(vector);
        if (validity is not null)
        {
            MarkNulls(validity, rows);
        }
        CopyRows(NativeMethods.duckdb_vector_get_data(vector), validity, Count, rows);
        Count += rows;
    }

    /// <summary>Keeps the arrays for the next chunk (the streaming reader reads one chunk at a time).</summary>
    public void Reset()
    {
        if (Nulls is not null)
        {
            Array.Clear(Nulls, 0, Count);
        }
        Count = 0;
    }

    public abstract DuckDbColumn Build();

    protected abstract int Capacity { get; }

    protected abstract void Grow(int capacity);

    /// <summary>Copies <paramref name="rows"/> values to positions from <paramref name="offset"/>; NULL rows must not be decoded.</summary>
    protected abstract unsafe void CopyRows(IntPtr data, ulong* validity, int offset, int rows);

    /// <summary>Validity is bit i % 64 of word i / 64; a clear bit is NULL.</summary>
    protected static unsafe bool IsValid(ulong* validity, int row) =>
        validity is null || (validity[row >> 6] & (1UL << (row & 63))) != 0;

    private unsafe void MarkNulls(ulong* validity, int rows)
    {
        for (var row = 0; row < rows; row++)
        {
            if (!IsValid(validity, row))
            {
                Nulls ??= new bool[Capacity];
                Nulls[Count + row] = true;
            }
        }
    }

    private void EnsureCapacity(int needed)
    {
        if (needed <= Capacity)
        {
            return;
        }
        var capacity = Math.Max(needed, Math.Max(Capacity * 2, 2048));
        Grow(capacity);
        if (Nulls is not null)
        {
            var grown = Nulls;
            Array.Resize(ref grown, capacity);
            Nulls = grown;
        }
    }
}

/// <summary>A builder that stores values of one .NET type in a growable array.</summary>
internal abstract class ColumnBuilder<T>(string name, DuckDbType type) : ColumnBuilder(name, type)
{
    protected T[] Values { get; private set; } = [];

    protected override int Capacity => Values.Length;

    protected override void Grow(int capacity)
    {
        var grown = Values;
        Array.Resize(ref grown, capacity);
        Values = grown;
    }

    public override DuckDbColumn Build() => new DuckDbColumn<T>(Name, Type, Values, Nulls, Count);
}
