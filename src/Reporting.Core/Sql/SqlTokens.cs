namespace Reporting.Core.Sql;

/// <summary>
/// A model member's SQL read token by token: string literals, quoted names and comments are read
/// whole, so 'account.tier' in a literal or a column "account.tier" never looks like the join
/// account's column tier. A name's case is kept (the model names joins as it refers to them).
/// </summary>
internal static class SqlTokens
{
    public static IReadOnlyList<SqlToken> Of(string sql)
    {
        var tokens = new List<SqlToken>();
        for (var i = 0; i < sql.Length;)
        {
            var (kind, end) = Read(sql, i);
            if (kind is { } read)
            {
                tokens.Add(new SqlToken(read, sql[i] == '"' ? Unquote(sql[i..end]) : sql[i..end], i, end));
            }
            i = end;
        }
        return tokens;
    }

    /// <summary>The kind of the token starting at <paramref name="i"/> (none for space and comments) and where it ends.</summary>
    private static (SqlTokenKind? Kind, int End) Read(string sql, int i) => sql[i] switch
    {
        var c when char.IsWhiteSpace(c) => (null, i + 1),
        '-' when At(sql, i, "--") => (null, After(sql, i + 2, "\n")),
        '/' when At(sql, i, "/*") => (null, After(sql, i + 2, "*/")),
        '\'' => (SqlTokenKind.Other, Quoted(sql, i, '\'')),
        '"' => (SqlTokenKind.Identifier, Quoted(sql, i, '"')),
        '.' => (SqlTokenKind.Dot, i + 1),
        var c when char.IsLetter(c) || c == '_' => (SqlTokenKind.Identifier, Word(sql, i)),
        // A number's decimal point is part of it (0.5), not a qualifier's dot.
        var c when char.IsDigit(c) => (SqlTokenKind.Other, Number(sql, i)),
        '$' => (SqlTokenKind.Other, Word(sql, i + 1)),
        _ => (SqlTokenKind.Other, i + 1),
    };

    private static string Unquote(string quoted) =>
        (quoted.Length >= 2 && quoted[^1] == '"' ? quoted[1..^1] : quoted[1..]).Replace("\"\"", "\"", StringComparison.Ordinal);

    private static int Number(string sql, int i)
    {
        while (i < sql.Length && (char.IsLetterOrDigit(sql[i]) || sql[i] is '.' or '_'))
        {
            i++;
        }
        return i;
    }

    private static bool At(string sql, int i, string text) => string.CompareOrdinal(sql, i, text, 0, text.Length) == 0;

    /// <summary>The position after the next <paramref name="end"/> (or the end of the SQL).</summary>
    private static int After(string sql, int from, string end) =>
        sql.IndexOf(end, from, StringComparison.Ordinal) is >= 0 and var at ? at + end.Length : sql.Length;

    /// <summary>The position after a quoted text whose quote, doubled, stands for itself.</summary>
    private static int Quoted(string sql, int open, char quote)
    {
        var i = open + 1;
        while (i < sql.Length)
        {
            if (sql[i] == quote)
            {
                if (i + 1 < sql.Length && sql[i + 1] == quote)
                {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.Length;
    }

    private static int Word(string sql, int i)
    {
        while (i < sql.Length && (char.IsLetterOrDigit(sql[i]) || sql[i] is '_' or '$'))
        {
            i++;
        }
        return i;
    }
}
