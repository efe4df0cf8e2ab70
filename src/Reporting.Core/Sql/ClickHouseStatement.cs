using System.Globalization;
using System.Text;

namespace Reporting.Core.Sql;

/// <summary>
/// A whole statement written in DuckDB's SQL (the facts' readers outside the cube), as ClickHouse
/// reads it: translated call by call as a model member is (<see cref="ClickHouseTranslation"/>, so a
/// function without a translation is refused by name), its positional placeholders ($1 …) written
/// as ClickHouse's typed ones for the values they stand for, and ended by the settings that make
/// NULLs and empty aggregates answer as DuckDB's do.
/// </summary>
internal static class ClickHouseStatement
{
    public static string Of(string sql, IReadOnlyList<object?> values, string settings)
    {
        var translated = ClickHouseTranslation.Of(sql.TrimEnd().TrimEnd(';'));
        return $"{Typed(translated, values)}\n{settings}";
    }

    /// <summary>Each $N becomes {pN:Type}, the type of the Nth value; a $N without a value is an error naming it.</summary>
    private static string Typed(string sql, IReadOnlyList<object?> values)
    {
        var text = new StringBuilder();
        var copied = 0;
        foreach (var token in SqlTokens.Of(sql).Where(t => t.Kind == SqlTokenKind.Other && t.Text.Length > 1 && t.Text[0] == '$'))
        {
            if (!int.TryParse(token.Text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var position))
            {
                throw new SqlTranslationException($"the parameter {token.Text} is not positional ($1, $2 …)");
            }
            if (position < 1 || position > values.Count)
            {
                throw new SqlTranslationException($"the statement refers to {token.Text} but is given {values.Count} values");
            }
            text.Append(sql, copied, token.Start - copied).Append(SqlDialect.ClickHouse.Placeholder(position, values[position - 1]));
            copied = token.End;
        }
        return text.Append(sql, copied, sql.Length - copied).ToString();
    }
}
