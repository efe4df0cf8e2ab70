using System.Collections;
using System.Data.Common;

namespace Reporting.DuckDb;

/// <summary>The parameters of a <see cref="DuckDbCommand"/>.</summary>
public sealed class DuckDbParameterCollection : DbParameterCollection
{
    private readonly List<DuckDbParameter> items = [];

    public override int Count => items.Count;

    public override object SyncRoot => ((ICollection)items).SyncRoot;

    public DuckDbParameter Add(string name, object? value)
    {
        var parameter = new DuckDbParameter(name, value);
        items.Add(parameter);
        return parameter;
    }

    /// <summary>A positional parameter ($1, $2 … in the order added).</summary>
    public DuckDbParameter AddPositional(object? value)
    {
        var parameter = new DuckDbParameter(value);
        items.Add(parameter);
        return parameter;
    }

    public override int Add(object value)
    {
        items.Add(Cast(value));
        return items.Count - 1;
    }

    public override void AddRange(Array values)
    {
        foreach (var value in values)
        {
            Add(value!);
        }
    }

    public override void Clear() => items.Clear();

    public override bool Contains(object value) => value is DuckDbParameter p && items.Contains(p);

    public override bool Contains(string value) => IndexOf(value) >= 0;

    public override void CopyTo(Array array, int index) => ((ICollection)items).CopyTo(array, index);

    public override IEnumerator GetEnumerator() => items.GetEnumerator();

    public override int IndexOf(object value) => value is DuckDbParameter p ? items.IndexOf(p) : -1;

    public override int IndexOf(string parameterName) =>
        items.FindIndex(p => string.Equals(Bare(p.ParameterName), Bare(parameterName), StringComparison.Ordinal));

    public override void Insert(int index, object value) => items.Insert(index, Cast(value));

    public override void Remove(object value) => items.Remove(Cast(value));

    public override void RemoveAt(int index) => items.RemoveAt(index);

    public override void RemoveAt(string parameterName) => items.RemoveAt(IndexOrThrow(parameterName));

    internal IReadOnlyList<DuckDbParameter> Items => items;

    protected override DbParameter GetParameter(int index) => items[index];

    protected override DbParameter GetParameter(string parameterName) => items[IndexOrThrow(parameterName)];

    protected override void SetParameter(int index, DbParameter value) => items[index] = Cast(value);

    protected override void SetParameter(string parameterName, DbParameter value) => items[IndexOrThrow(parameterName)] = Cast(value);

    internal static string Bare(string name) => name.TrimStart('$', '@', ':');

    private int IndexOrThrow(string parameterName)
    {
        var index = IndexOf(parameterName);
        return index >= 0 ? index : throw new IndexOutOfRangeException($"No parameter named '{parameterName}'.");
    }

    private static DuckDbParameter Cast(object value) => value as DuckDbParameter
        ?? throw new InvalidCastException($"Expected a DuckDbParameter, got {value?.GetType().Name ?? "null"}.");
}
