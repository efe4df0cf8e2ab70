using System.Globalization;
using System.Text;

namespace Reporting.Core.Cube;

/// <summary>
/// Statements as people read them: a "-- query" (or "-- compare") line, the SQL, then one "-- $n = value"
/// line per bound parameter ("-- pn = value" for ClickHouse's {pn:Type}; text quoted as SQL would quote
/// it, dates as YYYY-MM-DD). The values are shown, never put into the SQL.
/// </summary>
public static class StatementText
{
    public static string Of(IReadOnlyList<CubeStatement> statements)
    {
        var text = new StringBuilder();
        foreach (var statement in statements)
        {
            text.Append("-- ").Append(statement.Purpose).Append('\n').Append(statement.Sql.TrimEnd()).Append(";\n");
            for (var i = 0; i < statement.Parameters.Count; i++)
            {
                var typed = statement.Sql.Contains($"{{p{i + 1}:", StringComparison.Ordinal);
                text.Append(CultureInfo.InvariantCulture, $"-- {(typed ? "p" : "$")}{i + 1} = {Value(statement.Parameters[i])}\n");
            }
        }
        return text.ToString();
    }

    private static string Value(object? value) => value switch
    {
        null => "NULL",
        string s => "'" + s.Replace("'", "''", StringComparison.Ordinal).ReplaceLineEndings(" ") + "'",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Value)) + "]",
        _ => value.ToString() ?? "",
    };
}
