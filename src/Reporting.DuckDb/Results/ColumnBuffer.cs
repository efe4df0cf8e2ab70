using System.Data.Common;
using DuckDB.NET.Native;

namespace Reporting.DuckDb;

/// <summary>Collects one result column, row by row, from a <see cref="DbDataReader"/>.</summary>
internal abstract class ColumnBuffer
{
    public abstract void Read(DbDataReader reader, int ordinal, int row);

    public abstract DuckDbColumn Build(int rows);
}

/// <summary>A column of <typeparamref name="T"/> values, each read by <paramref name="read"/>; NULLs marked apart.</summary>
internal sealed class ColumnBuffer<T>(string name, DuckDBType type, Func<DbDataReader, int, T> read) : ColumnBuffer
{
    private T[] values = new T[16];
    private bool[]? nulls;

    public override void Read(DbDataReader reader, int ordinal, int row)
    {
        if (row == values.Length)
        {
            Array.Resize(ref values, values.Length * 2);
            if (nulls is not null)
            {
                Array.Resize(ref nulls, values.Length);
            }
        }
        if (reader.IsDBNull(ordinal))
        {
            nulls ??= new bool[values.Length];
            nulls[row] = true;
            return;
        }
        values[row] = read(reader, ordinal);
    }

    public override DuckDbColumn Build(int rows) => new DuckDbColumn<T>(name, type, values, nulls, rows);
}
