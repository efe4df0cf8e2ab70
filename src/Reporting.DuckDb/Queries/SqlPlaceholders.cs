namespace Reporting.DuckDb;

/// <summary>
/// The parameters a statement's text asks for ($1, ?, $name, or ClickHouse's typed {p1:Int64} and
/// {name:String}), found by scanning past string literals, quoted identifiers, comments and
/// dollar-quoted strings. DuckDB.NET binds what the statement asks for and ignores other values;
/// this lets a caller's extra or misspelt one throw. <paramref name="Typed"/>: the positions are
/// written {pN:Type}, so the Nth positional value binds as the parameter named pN.
/// </summary>
internal sealed record SqlPlaceholders(int Positional, IReadOnlySet<string> Names, bool Typed = false)
{
    public static SqlPlaceholders Of(string sql)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var highest = 0;
        var questionMarks = 0;
        var typed = 0;
        for (var i = 0; i < sql.Length; i++)
        {
            switch (sql[i])
            {
                case '\'' or '"':
                    i = sql.IndexOf(sql[i], i + 1) is var close and >= 0 ? close : sql.Length;
                    break;
                case '-' when At(sql, i, "--"):
                    i = sql.IndexOf('\n', i) is var end and >= 0 ? end : sql.Length;
                    break;
                case '/' when At(sql, i, "/*"):
                    i = sql.IndexOf("*/", i + 2, StringComparison.Ordinal) is var stop and >= 0 ? stop + 1 : sql.Length;
                    break;
                case '?':
                    questionMarks++;
                    break;
                case '$' when i == 0 || !IsWordChar(sql[i - 1]):
                    i = Dollar(sql, i, names, ref highest);
                    break;
                case '{':
                    i = Braced(sql, i, names, ref typed);
                    break;
            }
        }
        return new SqlPlaceholders(Math.Max(Math.Max(highest, questionMarks), typed), names, typed > 0);
    }

    /// <summary>
    /// {name:Type} (a ClickHouse parameter: pN is the Nth positional value, any other name a named
    /// one), or a brace that is not one; returns where it ends. The type starts with a capital
    /// (Int64, Array(String), DateTime64(6, 'UTC')), so a DuckDB struct literal {'a': 1} is no parameter.
    /// </summary>
    private static int Braced(string sql, int start, HashSet<string> names, ref int typed)
    {
        var colon = sql.IndexOf(':', start);
        var close = sql.IndexOf('}', start);
        if (colon < 0 || close < colon || colon + 1 >= sql.Length || !char.IsAsciiLetterUpper(sql[colon + 1]))
        {
            return start;
        }
        var name = sql[(start + 1)..colon];
        if (name.Length == 0 || !name.All(IsWordChar) || char.IsDigit(name[0]))
        {
            return start;
        }
        if (name.Length > 1 && name[0] == 'p' && name[1..].All(char.IsAsciiDigit))
        {
            typed = Math.Max(typed, int.Parse(name[1..], System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            names.Add(name);
        }
        return close;
    }

    /// <summary>$1 or $name (a parameter), or $$…$$ / $tag$…$tag$ (a string); returns where it ends.</summary>
    private static int Dollar(string sql, int start, HashSet<string> names, ref int highest)
    {
        var end = start + 1;
        while (end < sql.Length && IsWordChar(sql[end]))
        {
            end++;
        }
        var word = sql[(start + 1)..end];
        if (end < sql.Length && sql[end] == '$' && (word.Length == 0 || !char.IsDigit(word[0])))
        {
            var tag = sql[start..(end + 1)];
            var close = sql.IndexOf(tag, end + 1, StringComparison.Ordinal);
            return close >= 0 ? close + tag.Length - 1 : sql.Length;
        }
        if (word.Length > 0 && word.All(char.IsAsciiDigit))
        {
            highest = Math.Max(highest, int.Parse(word, System.Globalization.CultureInfo.InvariantCulture));
        }
        else if (word.Length > 0)
        {
            names.Add(word);
        }
        return end - 1;
    }

    private static bool At(string sql, int i, string token) => string.CompareOrdinal(sql, i, token, 0, token.Length) == 0;

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
