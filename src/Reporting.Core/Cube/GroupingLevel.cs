using System.Globalization;
using Reporting.Core.Cube.Querying;

namespace Reporting.Core.Cube;

/// <summary>
/// One grouping set of an answer that keeps the time bucket: its GROUPING(…) id and the other
/// dimension columns it still groups by. GROUPING(d1, …, dn) sets bit n − 1 − i when dimension i is
/// rolled up, so the detail rows are level 0; without totals every row is.
/// </summary>
internal sealed record GroupingLevel(long Id, IReadOnlyList<int> Others)
{
    /// <summary>The levels the totals produce in which the bucket column (one of <paramref name="dimensions"/>) is grouped.</summary>
    public static IEnumerable<GroupingLevel> All(Totals totals, IReadOnlyList<int> dimensions, int bucket)
    {
        var count = dimensions.Count;
        var ids = totals switch
        {
            Totals.Rollup => Enumerable.Range(0, count + 1).Select(k => (1L << k) - 1),
            Totals.Cube => Enumerable.Range(0, 1 << count).Select(id => (long)id),
            _ => [0L],
        };
        bool Grouped(long id, int position) => (id & (1L << (count - 1 - position))) == 0;
        var bucketAt = dimensions.ToList().IndexOf(bucket);
        return ids.Where(id => Grouped(id, bucketAt))
            .Select(id => new GroupingLevel(id, dimensions.Where((column, position) => column != bucket && Grouped(id, position)).ToList()));
    }

    /// <summary>Whether a row of the answer belongs to this level (read from its grouping column, when it has one).</summary>
    public bool Holds(IReadOnlyList<object?> row, int grouping) =>
        (grouping < 0 ? 0L : Convert.ToInt64(row[grouping], CultureInfo.InvariantCulture)) == Id;
}
