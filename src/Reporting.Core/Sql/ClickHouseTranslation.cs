using System.Text;

namespace Reporting.Core.Sql;

/// <summary>
/// A model member's SQL (DuckDB's) as ClickHouse reads it, rewritten call by call over its tokens
/// (<see cref="SqlTokens"/>), never by a pattern over the raw text, so a literal or a quoted name
/// that spells a function is left alone. The DuckDB functions the model uses become ClickHouse's
/// (<see cref="ClickHouseFunctions"/>); functions both read alike pass; any other function is
/// refused by name. String literals get their backslashes doubled: ClickHouse reads one as an escape.
/// </summary>
internal sealed class ClickHouseTranslation
{
    /// <summary>Words that may stand before a parenthesis without calling a function (keywords, and types as in DECIMAL(18, 2)).</summary>
    private static readonly HashSet<string> Keywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "not", "in", "is", "when", "then", "else", "case", "filter", "where", "between", "exists",
        "as", "distinct", "like", "ilike", "select", "from", "on", "any", "all", "over", "decimal", "numeric", "varchar",
        "join", "using", "values", "by", "union", "except", "intersect",
    };

    private readonly string sql;
    private readonly IReadOnlyList<SqlToken> tokens;
    private readonly StructFields fields;

    private ClickHouseTranslation(string sql, StructFields fields)
    {
        this.sql = sql;
        tokens = SqlTokens.Of(sql);
        this.fields = fields;
    }

    public static string Of(string sql) => new ClickHouseTranslation(sql, StructFields.Of(sql)).Translate();

    /// <summary>A part of the SQL (a call's argument), translated with what the whole member declares.</summary>
    internal string Part(string part) => new ClickHouseTranslation(part, fields).Translate();

    internal StructFields Fields => fields;

    private string Translate()
    {
        var text = new StringBuilder();
        var copied = 0;
        for (var i = 0; i < tokens.Count;)
        {
            // Space and comments between tokens are kept as written.
            text.Append(sql, copied, tokens[i].Start - copied);
            var (rewritten, next) = Rewrite(i);
            text.Append(rewritten);
            copied = tokens[next - 1].End;
            i = next;
        }
        return text.Append(sql, copied, sql.Length - copied).ToString();
    }

    /// <summary>The translation of the token at <paramref name="i"/> (with what it starts) and the index after it.</summary>
    private (string Text, int Next) Rewrite(int i)
    {
        var token = tokens[i];
        if (token.IsLiteral(sql))
        {
            return (Raw(i).Replace("\\", "\\\\", StringComparison.Ordinal), i + 1);
        }
        if (token.Kind == SqlTokenKind.Identifier && sql[token.Start] != '"' && At(i + 1, "(") && !Keywords.Contains(token.Text))
        {
            return Call(i);
        }
        // DuckDB's list type VARCHAR[] (a bound list cast for its type) is ClickHouse's Array(String).
        if (token.Is("varchar") && At(i + 1, "[") && At(i + 2, "]"))
        {
            return ("Array(String)", i + 3);
        }
        if (fields.Access(tokens, i) is { } element)
        {
            return (element, i + 3);
        }
        return (Raw(i), i + 1);
    }

    /// <summary>A function call from its name at <paramref name="name"/> to its closing parenthesis (and what belongs to it).</summary>
    private (string Text, int Next) Call(int name)
    {
        var close = Closing(name + 1);
        var arguments = Arguments(name + 2, close);
        var call = new FunctionCall(tokens[name].Text, arguments, Span(name + 2, close), this);
        var (text, consumed) = ClickHouseFunctions.Translate(call, tokens.Skip(close + 1).ToList(), sql);
        return (text, close + 1 + consumed);
    }

    /// <summary>The index of the parenthesis closing the one at <paramref name="open"/>.</summary>
    private int Closing(int open)
    {
        var depth = 0;
        for (var i = open; i < tokens.Count; i++)
        {
            depth += At(i, "(") ? 1 : At(i, ")") ? -1 : 0;
            if (depth == 0)
            {
                return i;
            }
        }
        throw new SqlTranslationException($"a parenthesis opened after {tokens[open - 1].Text} is never closed");
    }

    /// <summary>The arguments between two token indexes, split at the commas outside parentheses, as written.</summary>
    private List<string> Arguments(int from, int to)
    {
        var arguments = new List<string>();
        var depth = 0;
        var start = from;
        for (var i = from; i < to; i++)
        {
            depth += At(i, "(") ? 1 : At(i, ")") ? -1 : 0;
            if (depth == 0 && At(i, ","))
            {
                arguments.Add(Span(start, i));
                start = i + 1;
            }
        }
        if (start < to)
        {
            arguments.Add(Span(start, to));
        }
        return arguments;
    }

    private string Span(int from, int to) => from >= to ? "" : sql[tokens[from].Start..tokens[to - 1].End];

    private string Raw(int i) => sql[tokens[i].Start..tokens[i].End];

    private bool At(int i, string text) => i < tokens.Count && tokens[i].Kind == SqlTokenKind.Other && tokens[i].Text == text;
}
