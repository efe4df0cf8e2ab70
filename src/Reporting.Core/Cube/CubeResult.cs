using Reporting.Core.Cube.Compiling;
using Reporting.Core.Cube.Querying;

namespace Reporting.Core.Cube;

/// <summary>A query's answer: its columns and rows of values (null for SQL NULL), and the compared period's.</summary>
public sealed record CubeResult(IReadOnlyList<OutputColumn> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>
    /// A value resting on fewer observations than this is shown but flagged (KPIS.md): kpis.yaml's
    /// low_sample_below, which the engine was given, so a chart and a tile flag the same values.
    /// </summary>
    public required int LowSampleBelow { get; init; }

    public DateRange? DateRange { get; init; }

    public CubeResult? Compare { get; init; }

    /// <summary>More rows matched than the query's limit (10,000 unless it set one): these are the first.</summary>
    public bool Truncated { get; init; }

    /// <summary>
    /// Rows as objects keyed by member, as Cube's REST API answers ("data"), with each measure's
    /// observations ("m.n") and whether they are too few ("m.lowSample").
    /// </summary>
    public IReadOnlyList<IReadOnlyDictionary<string, object?>> Records() => Rows.Select(Record).ToList();

    public bool IsLowSample(long observations) => observations < LowSampleBelow;

    public object? Value(int row, string member)
    {
        var index = Columns.ToList().FindIndex(c => c.Name == member);
        return index >= 0 ? Rows[row][index] : throw new KeyNotFoundException($"The result has no column {member}.");
    }

    private IReadOnlyDictionary<string, object?> Record(IReadOnlyList<object?> row)
    {
        var record = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (var i = 0; i < Columns.Count; i++)
        {
            record[Columns[i].Name] = row[i];
            if (Columns[i].Kind == OutputKind.Observations)
            {
                record[Columns[i].Name[..^".n".Length] + ".lowSample"] = IsLowSample(Convert.ToInt64(row[i] ?? 0L, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return record;
    }
}
