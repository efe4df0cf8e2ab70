using System.Globalization;
using Reporting.Core.Cube;
using Reporting.Core.Cube.Compiling;

namespace Reporting.Core.Tests.Cube;

/// <summary>
/// A result's rows split by grouping set. GROUPING(d1, …, dn) sets bit n − 1 − i when dimension i is
/// rolled up, so level 0 holds the finest groups and level 2ⁿ − 1 the grand total. Within a level a
/// row is keyed by the values of the dimensions still grouped (NULL written ∅), which tells a NULL
/// group apart from the NULL of a subtotal.
/// </summary>
public sealed class GroupingLevels
{
    private readonly Dictionary<int, Dictionary<string, double?[]>> levels = [];

    private GroupingLevels(IReadOnlyList<string> dimensions, IReadOnlyList<string> measures)
    {
        Dimensions = dimensions;
        Measures = measures;
    }

    public IReadOnlyList<string> Dimensions { get; }

    public IReadOnlyList<string> Measures { get; }

    /// <summary>The cube queried, from its members' names.</summary>
    public string Cube => Measures[0][..Measures[0].IndexOf('.', StringComparison.Ordinal)];

    public IReadOnlyCollection<int> Levels => levels.Keys;

    public int GrandTotal => (1 << Dimensions.Count) - 1;

    public static GroupingLevels Of(CubeResult result, IReadOnlyList<string> dimensions, IReadOnlyList<string> measures)
    {
        var split = new GroupingLevels(dimensions, measures);
        var hasGrouping = result.Columns.Any(c => c.Kind == OutputKind.Grouping);
        for (var row = 0; row < result.Rows.Count; row++)
        {
            var level = hasGrouping ? Convert.ToInt32(result.Value(row, "__grouping"), CultureInfo.InvariantCulture) : 0;
            var key = Key(split.Grouped(level).Select(d => result.Value(row, d)));
            var values = measures.Select(m => Number(result.Value(row, m))).ToArray();
            Assert.True(split.Rows(level).TryAdd(key, values), $"level {level} has the group {key} twice");
        }
        return split;
    }

    /// <summary>The dimensions grouped at a level, in query order.</summary>
    public IReadOnlyList<string> Grouped(int level) =>
        Dimensions.Where((_, i) => (level & (1 << (Dimensions.Count - 1 - i))) == 0).ToList();

    /// <summary>The levels ROLLUP produces: the first k dimensions grouped, for k = n … 0.</summary>
    public IEnumerable<int> RollupLevels() => Enumerable.Range(0, Dimensions.Count + 1).Select(k => (1 << k) - 1);

    /// <summary>The levels CUBE produces: every subset of the dimensions.</summary>
    public IEnumerable<int> CubeLevels() => Enumerable.Range(0, GrandTotal + 1);

    public Dictionary<string, double?[]> Rows(int level)
    {
        if (!levels.TryGetValue(level, out var rows))
        {
            levels[level] = rows = [];
        }
        return rows;
    }

    /// <summary>Where a measure's values sit in each row.</summary>
    public int Column(string measure) => Measures.ToList().IndexOf(measure) is >= 0 and var index
        ? index : throw new KeyNotFoundException($"{measure} was not queried");

    /// <summary>The single row of the grand total's level.</summary>
    public double?[] Total() => Assert.Single(Rows(GrandTotal)).Value;

    /// <summary>Numbers as doubles whatever DuckDB's type (BIGINT counts, HUGEINT sums, DECIMAL, DOUBLE).</summary>
    public static double? Number(object? value) => value switch
    {
        null => null,
        Int128 huge => (double)huge,
        UInt128 huge => (double)huge,
        IConvertible convertible => convertible.ToDouble(CultureInfo.InvariantCulture),
        _ => throw new InvalidCastException($"{value.GetType().Name} is not a number"),
    };

    /// <summary>A group's key: its dimension values, NULL written ∅ and dates as YYYY-MM-DD.</summary>
    public static string Key(IEnumerable<object?> values) => string.Join("|", values.Select(Format));

    private static string Format(object? value) => value switch
    {
        null => "∅",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };
}
