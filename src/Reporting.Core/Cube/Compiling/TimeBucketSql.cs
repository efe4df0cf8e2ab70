using Reporting.Core.Cube.Model;

namespace Reporting.Core.Cube.Compiling;

/// <summary>
/// A time bucket as two expressions: the key a query groups by, and the date shown, computed from
/// that key after grouping. Months, quarters and years group by an integer (year * 12 + month - 1,
/// …) because date_trunc on each of millions of rows costs two to three times as much as year() and
/// month(); the date is then made once per group. Days and weeks group by the date itself.
/// </summary>
internal static class TimeBucketSql
{
    public static string Key(TimeGranularity granularity, string sql) => granularity switch
    {
        TimeGranularity.Day => $"CAST({sql} AS DATE)",
        TimeGranularity.Week => $"CAST(date_trunc('week', {sql}) AS DATE)",
        TimeGranularity.Month => $"(year({sql}) * 12 + month({sql}) - 1)",
        TimeGranularity.Quarter => $"(year({sql}) * 4 + quarter({sql}) - 1)",
        TimeGranularity.Year => $"year({sql})",
        _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, null),
    };

    /// <summary>The first day of the bucket whose <see cref="Key"/> is <paramref name="key"/> (NULL for a subtotal's NULL key).</summary>
    public static string Label(TimeGranularity granularity, string key) => granularity switch
    {
        TimeGranularity.Day or TimeGranularity.Week => key,
        TimeGranularity.Month => $"make_date({key} // 12, {key} % 12 + 1, 1)",
        TimeGranularity.Quarter => $"make_date({key} // 4, {key} % 4 * 3 + 1, 1)",
        TimeGranularity.Year => $"make_date({key}, 1, 1)",
        _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, null),
    };
}
