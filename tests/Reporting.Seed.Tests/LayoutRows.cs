using System.Data.Common;
using System.Globalization;
using Reporting.Core.Cube.Compiling;
using Reporting.DuckDb;

namespace Reporting.Seed.Tests;

/// <summary>
/// A compiled query's rows as text, to compare the two statement layouts; numbers to 9 significant
/// digits, since partial sums may add in another order. Shared with the web tests' generated queries.
/// </summary>
public static class LayoutRows
{
    public static List<string> Of(DbConnection connection, CompiledQuery query)
    {
        var result = connection.Query(query.Sql, query.Parameters, CancellationToken.None);
        return Enumerable.Range(0, result.RowCount)
            .Select(row => string.Join("|", result.Columns.Select(column => Text(column.GetValue(row)))))
            .ToList();
    }

    private static string Text(object? value) => value switch
    {
        null => "∅",
        double d => d.ToString("G9", CultureInfo.InvariantCulture),
        decimal m => ((double)m).ToString("G9", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };
}
