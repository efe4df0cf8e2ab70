using Reporting.Core.Cube.Compiling;
using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;

namespace Reporting.Core.Cube;

/// <summary>
/// Fills the periods of a date range that have no rows, so a trend shows an empty month as a gap
/// (counts and sums 0, other measures none) instead of skipping it. Every grouping level that keeps
/// the period is filled, subtotals (a CUBE's by-period-only level) as the detail rows; levels that
/// roll the period up are left alone.
/// </summary>
internal static class TimeBuckets
{
    /// <summary>
    /// The rows with the missing periods added, at most <paramref name="limit"/> of them: missing rows are
    /// made in the order the answer reads (series, then period) and only as many as can be shown.
    /// </summary>
    public static (IReadOnlyList<IReadOnlyList<object?>> Rows, bool Truncated) Fill(
        IReadOnlyList<IReadOnlyList<object?>> rows, IReadOnlyList<OutputColumn> columns, CubeQuery query, Func<string, MeasureType?> measureType, int limit)
    {
        if (query.TimeDimension is not { Granularity: { } granularity, DateRange: { } range } time
            || columns.ToList().FindIndex(c => c.Name == $"{time.Dimension}.{granularity.ToString().ToLowerInvariant()}") is not (>= 0 and var bucket))
        {
            return (rows, false);
        }
        var dimensions = columns.Select((c, i) => (c, i)).Where(p => p.c.Kind == OutputKind.Dimension).Select(p => p.i).ToList();
        var grouping = columns.ToList().FindIndex(c => c.Kind == OutputKind.Grouping);
        var periods = Periods(range, granularity).ToList();
        var missing = GroupingLevel.All(grouping < 0 ? Totals.None : query.Totals, dimensions, bucket)
            .SelectMany(level => Missing(rows, level, grouping, bucket, periods)
                .Select(p => Empty(columns, level, p.Combination, bucket, p.Period, grouping, measureType))
                .Take(limit + 1))
            .ToList();
        if (missing.Count == 0)
        {
            return (rows, false);
        }
        var filled = rows.Concat(missing);
        // Without an order of its own, a trend reads by dimension then period.
        var order = new RowOrder(dimensions.Where(i => i != bucket).Append(bucket).ToList(), grouping);
        var ordered = query.Order.Count > 0 ? filled.ToList() : filled.OrderBy(r => r, order).ToList();
        return ordered.Count > limit ? (ordered.Take(limit).ToList(), true) : (ordered, false);
    }

    /// <summary>
    /// A level's missing (series, period) pairs in the order the answer reads. Without other grouped
    /// dimensions there is one series even with no rows; with them, only the series that have rows.
    /// </summary>
    private static IEnumerable<(object?[] Combination, DateOnly Period)> Missing(
        IReadOnlyList<IReadOnlyList<object?>> rows, GroupingLevel level, int grouping, int bucket, List<DateOnly> periods)
    {
        var own = rows.Where(r => level.Holds(r, grouping)).ToList();
        var present = own.Select(r => Key(r, level.Others, bucket)).ToHashSet();
        var series = level.Others.Count == 0 ? [[]]
            : own.Select(r => level.Others.Select(i => r[i]).ToArray()).DistinctBy(Key).OrderBy(c => c, new SeriesOrder()).ToList();
        return series
            .SelectMany(combination => periods.Select(period => (combination, period)))
            .Where(p => !present.Contains(Key(p.combination) + "|" + p.period.ToString("O")));
    }

    public static IEnumerable<DateOnly> Periods(DateRange range, TimeGranularity granularity)
    {
        for (var period = Start(range.From, granularity); period <= range.To; period = Next(period, granularity))
        {
            yield return period;
        }
    }

    private static DateOnly Start(DateOnly day, TimeGranularity granularity) => granularity switch
    {
        TimeGranularity.Day => day,
        TimeGranularity.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        TimeGranularity.Month => new DateOnly(day.Year, day.Month, 1),
        TimeGranularity.Quarter => new DateOnly(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1),
        TimeGranularity.Year => new DateOnly(day.Year, 1, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, null),
    };

    private static DateOnly Next(DateOnly period, TimeGranularity granularity) => granularity switch
    {
        TimeGranularity.Day => period.AddDays(1),
        TimeGranularity.Week => period.AddDays(7),
        TimeGranularity.Month => period.AddMonths(1),
        TimeGranularity.Quarter => period.AddMonths(3),
        TimeGranularity.Year => period.AddYears(1),
        _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, null),
    };

    private static object?[] Empty(IReadOnlyList<OutputColumn> columns, GroupingLevel level, object?[] combination, int bucket, DateOnly period, int grouping, Func<string, MeasureType?> measureType)
    {
        var row = new object?[columns.Count];
        for (var i = 0; i < level.Others.Count; i++)
        {
            row[level.Others[i]] = combination[i];
        }
        row[bucket] = period;
        for (var i = 0; i < columns.Count; i++)
        {
            row[i] = columns[i].Kind switch
            {
                OutputKind.Observations => 0L,
                OutputKind.Measure when measureType(columns[i].Name) is MeasureType.Count or MeasureType.CountDistinct or MeasureType.Sum => 0L,
                _ => row[i],
            };
        }
        if (grouping >= 0)
        {
            row[grouping] = level.Id;
        }
        return row;
    }

    private static string Key(IReadOnlyList<object?> row, IReadOnlyList<int> others, int bucket) =>
        Key(others.Select(i => row[i]).ToArray()) + "|" + (row[bucket] is DateOnly d ? d.ToString("O") : "");

    private static string Key(object?[] values) => string.Join("\u001f", values.Select(v => v?.ToString() ?? "\u0000"));

    /// <summary>Series (the other dimensions' values, in order) as their rows are ordered.</summary>
    private sealed class SeriesOrder : IComparer<object?[]>
    {
        public int Compare(object?[]? x, object?[]? y) => x!.Zip(y!, RowOrder.Values).FirstOrDefault(order => order != 0);
    }

    /// <summary>Dimensions ascending with NULL (a total) last, as the compiled SQL orders them.</summary>
    private sealed class RowOrder(List<int> keys, int grouping) : IComparer<IReadOnlyList<object?>>
    {
        public static int Values(object? x, object? y) => (x, y) switch
        {
            (null, null) => 0,
            (null, _) => 1,
            (_, null) => -1,
            (IComparable a, var b) => a.CompareTo(b),
            _ => 0,
        };

        public int Compare(IReadOnlyList<object?>? x, IReadOnlyList<object?>? y)
        {
            foreach (var i in keys.Where(i => i >= 0))
            {
                if (Values(x![i], y![i]) is var order and not 0)
                {
                    return order;
                }
            }
            return grouping < 0 ? 0 : Comparer<object?>.Default.Compare(x![grouping], y![grouping]);
        }
    }
}
