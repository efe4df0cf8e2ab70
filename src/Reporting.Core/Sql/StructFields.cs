namespace Reporting.Core.Sql;

/// <summary>
/// The fields a member's DuckDB <c>struct_pack(a := …, c := …)</c> declares, by position, and the
/// names its lambdas take (<c>r -> r.c</c>). ClickHouse's tuple built by <c>tuple(…)</c> has no
/// field names, so <c>r.c</c> is read as <c>tupleElement(r, 2)</c>.
/// </summary>
internal sealed class StructFields
{
    private readonly Dictionary<string, int> positions = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> parameters = new(StringComparer.OrdinalIgnoreCase);

    public static StructFields Of(string sql)
    {
        var tokens = SqlTokens.Of(sql);
        var fields = new StructFields();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Is("struct_pack") && i + 1 < tokens.Count && tokens[i + 1].Text == "(")
            {
                fields.Declare(tokens, i + 2);
            }
            if (tokens[i].Kind == SqlTokenKind.Identifier && i + 2 < tokens.Count && tokens[i + 1].Text == "-" && tokens[i + 2].Text == ">")
            {
                fields.parameters.Add(tokens[i].Text);
            }
        }
        return fields;
    }

    /// <summary>The position of a declared field, from 1.</summary>
    public int Position(string field) => positions.TryGetValue(field, out var position)
        ? position
        : throw new SqlTranslationException($"struct_pack has no field '{field}'");

    /// <summary><c>param.field</c> starting at token <paramref name="i"/> as a tuple element, or null when it is not one.</summary>
    public string? Access(IReadOnlyList<SqlToken> tokens, int i) =>
        i + 2 < tokens.Count && tokens[i].Kind == SqlTokenKind.Identifier && parameters.Contains(tokens[i].Text)
        && tokens[i + 1].Kind == SqlTokenKind.Dot && tokens[i + 2].Kind == SqlTokenKind.Identifier
            ? $"tupleElement({tokens[i].Text}, {Position(tokens[i + 2].Text)})"
            : null;

    /// <summary>Reads <c>name := value, …</c> up to the struct's closing parenthesis: each name at depth 0 before <c>:=</c>.</summary>
    private void Declare(IReadOnlyList<SqlToken> tokens, int from)
    {
        var depth = 0;
        var position = 0;
        for (var i = from; i < tokens.Count && depth >= 0; i++)
        {
            depth += tokens[i].Text == "(" ? 1 : tokens[i].Text == ")" ? -1 : 0;
            if (depth == 0 && tokens[i].Kind == SqlTokenKind.Identifier && i + 2 < tokens.Count && tokens[i + 1].Text == ":" && tokens[i + 2].Text == "=")
            {
                position++;
                if (positions.TryGetValue(tokens[i].Text, out var earlier) && earlier != position)
                {
                    throw new SqlTranslationException($"struct_pack field '{tokens[i].Text}' stands at two positions ({earlier} and {position})");
                }
                positions[tokens[i].Text] = position;
            }
        }
    }
}
