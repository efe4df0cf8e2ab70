using Reporting.Core.Cube.Model;
using Reporting.Core.Sql;

namespace Reporting.Core.Cube.Compiling;

/// <summary>
/// A time bucket as two expressions: the key a query groups by, and the date shown, computed from
/// that key after grouping. Months, quarters and years group by an integer (year * 12 + month - 1,
/// …) because date_trunc on each of millions of rows costs two to three times as much as year() and
/// month(); the date is then made once per group. Days and weeks group by the date itself. The
/// same buckets in each dialect: weeks start on Monday.
/// </summary>
internal static class TimeBucketSql
{
    public static string Key(TimeGranularity granularity, string sql, SqlDialect dialect) => granularity switch
    {
        TimeGranularity.Day => dialect.Date(sql),
        TimeGranularity.Week => dialect.Monday(sql),
        TimeGranularity.Month => $"({dialect.DatePart("year", sql)} * 12 + {dialect.DatePart("month", sql)} - 1)",
        TimeGranularity.Quarter => $"({dialect.DatePart("year", sql)} * 4 + {dialect.DatePart("quarter", sql)} - 1)",
        TimeGranularity.Year => dialect.DatePart("year", sql),
        _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, null),
    };

    /// <summary>The first day of the bucket whose <see cref="Key"/> is <paramref name="key"/> (NULL for a subtotal's NULL key).</summary>
    public static string Label(TimeGranularity granularity, string key, SqlDialect dialect) => granularity switch
    {
        TimeGranularity.Day or TimeGranularity.Week => key,
        TimeGranularity.Month => dialect.MakeDate(dialect.IntegerDivide(key, "12"), $"{key} % 12 + 1", "1"),
        TimeGranularity.Quarter => dialect.MakeDate(dialect.IntegerDivide(key, "4"), $"{key} % 4 * 3 + 1", "1"),
        TimeGranularity.Year => dialect.MakeDate(key, "1", "1"),
        _ => throw new ArgumentOutOfRangeException(nameof(granularity), granularity, null),
    };
}
