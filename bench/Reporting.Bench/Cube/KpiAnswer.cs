using System.Data.Common;
using System.Globalization;
using Reporting.Core.Cube;
using Reporting.Core.Cube.Compiling;
using Reporting.Core.Cube.Model;

namespace Reporting.Bench.Cube;

/// <summary>
/// A query's answer in a form every engine can give: rows keyed by their dimension values ("*" at a
/// subtotal level, "∅" for NULL), each with its values in the cube's column order (each measure,
/// then its observations). The order of rows does not matter.
/// </summary>
public sealed class KpiAnswer
{
    private const string Subtotal = "*";
    private readonly Dictionary<string, double?[]> rows = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, double?[]> Rows => rows;

    /// <summary>
    /// How far each value may be from the cube's: half a unit of the digits the cube rounds a
    /// measure to, nothing for an observation count. Set on the cube's own answer only.
    /// </summary>
    public IReadOnlyList<double>? Tolerances { get; private init; }

    /// <summary>Adds a row; bit (k − 1 − i) of <paramref name="grouping"/> set means dimension i is rolled up, as SQL's GROUPING() says.</summary>
    public void Add(IReadOnlyList<object?> dimensions, long grouping, IReadOnlyList<double?> values)
    {
        var key = string.Join(" | ", dimensions.Select((d, i) => ((grouping >> (dimensions.Count - 1 - i)) & 1) == 1 ? Subtotal : Text(d)));
        if (!rows.TryAdd(key, values.ToArray()))
        {
            throw new InvalidOperationException($"two rows for {key}");
        }
    }

    public static KpiAnswer FromCube(CubeResult result, SemanticModel model)
    {
        var columns = result.Columns;
        var dimensions = Indexes(columns, OutputKind.Dimension);
        var values = columns.Select((c, i) => (c, i)).Where(x => x.c.Kind is OutputKind.Measure or OutputKind.Observations).ToList();
        var grouping = Indexes(columns, OutputKind.Grouping).Cast<int?>().SingleOrDefault();
        var answer = new KpiAnswer { Tolerances = values.Select(x => Tolerance(x.c, model)).ToList() };
        foreach (var row in result.Rows)
        {
            answer.Add(dimensions.Select(i => row[i]).ToList(), grouping is { } g ? Convert.ToInt64(row[g], CultureInfo.InvariantCulture) : 0,
                values.Select(x => Number(row[x.i])).ToList());
        }
        return answer;
    }

    /// <summary>Reads rows laid out as: the dimensions, their GROUPING() bits, then the values.</summary>
    public static KpiAnswer Read(DbDataReader reader, int dimensions)
    {
        var answer = new KpiAnswer();
        while (reader.Read())
        {
            var keys = Enumerable.Range(0, dimensions).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i)).ToList();
            var grouping = Convert.ToInt64(reader.GetValue(dimensions), CultureInfo.InvariantCulture);
            var values = Enumerable.Range(dimensions + 1, reader.FieldCount - dimensions - 1)
                .Select(i => reader.IsDBNull(i) ? null : Number(reader.GetValue(i))).ToList();
            answer.Add(keys, grouping, values);
        }
        return answer;
    }

    public static double? Number(object? value) => value is null or DBNull ? null : Convert.ToDouble(value, CultureInfo.InvariantCulture);

    private static List<int> Indexes(IReadOnlyList<OutputColumn> columns, OutputKind kind) =>
        columns.Select((c, i) => (c, i)).Where(x => x.c.Kind == kind).Select(x => x.i).ToList();

    private static double Tolerance(OutputColumn column, SemanticModel model)
    {
        if (column.Kind == OutputKind.Observations)
        {
            return 0;
        }
        var found = model.Resolve(column.Name) ?? throw new InvalidOperationException($"{column.Name} is not in the model");
        var decimals = found.Cube.Measures.First(m => m.Name == found.Member).Decimals;
        // Rounding the same number computed in another order can land on the other side of a half.
        return decimals is { } d ? 0.5 * Math.Pow(10, -d) + 1e-9 : 0;
    }

    private static string Text(object? value) => value switch
    {
        null or DBNull => "∅",
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "∅",
    };
}
