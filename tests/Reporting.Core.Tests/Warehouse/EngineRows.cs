using System.Data.Common;
using System.Globalization;
using Reporting.Core.Sql;
using Reporting.DuckDb;

namespace Reporting.Core.Tests.Warehouse;

/// <summary>
/// A table's rows as text, the same for either engine whatever .NET type its driver reads a value as
/// (a Date32 as DateTime, a Decimal as ClickHouseDecimal, an Int64 for DuckDB's INTEGER), so the
/// rows ClickHouse holds can be compared with DuckDB's, NULL as NULL.
/// </summary>
internal static class EngineRows
{
    public static IReadOnlyList<string> Of(DbConnection connection, string table, string? columns = null)
    {
        var result = connection.Query($"SELECT {columns ?? "*"} FROM {SqlIdentifier.Quote(table)}");
        return [.. Enumerable.Range(0, result.RowCount)
            .Select(row => string.Join("|", result.Columns.Select(c => Render(c.GetValue(row)))))
            .Order(StringComparer.Ordinal)];
    }

    private static string Render(object? value) => value switch
    {
        null or DBNull => "NULL",
        string text => text,
        bool flag => flag ? "true" : "false",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime { TimeOfDay.Ticks: 0 } date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime instant => instant.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        sbyte or short or int or long or byte or ushort or uint or ulong => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        _ => decimal.Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture).ToString("0.00##########", CultureInfo.InvariantCulture),
    };
}
