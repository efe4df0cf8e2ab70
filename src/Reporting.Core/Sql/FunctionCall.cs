namespace Reporting.Core.Sql;

/// <summary>
/// A function call in a member's DuckDB SQL: its name as written, its arguments as written, the
/// text between its parentheses, and the translation they belong to (to translate a part of them).
/// </summary>
internal sealed record FunctionCall(string Written, IReadOnlyList<string> Arguments, string Inside, ClickHouseTranslation Translation)
{
    /// <summary>The name in lower case, as the functions are looked up.</summary>
    public string Name => Written.ToLowerInvariant();

    /// <summary>The <paramref name="index"/>-th argument, translated; the call must have <paramref name="count"/>.</summary>
    public string Argument(int index, int count) => Arguments.Count == count
        ? Translation.Part(Arguments[index])
        : throw new SqlTranslationException($"{Name}() takes {count} argument(s), not {Arguments.Count}");

    /// <summary>The text of a string literal argument, unquoted; anything else is refused.</summary>
    public string Literal(int index, int count)
    {
        var argument = Arguments.Count == count ? Arguments[index].Trim() : throw new SqlTranslationException($"{Name}() takes {count} argument(s), not {Arguments.Count}");
        return argument.Length >= 2 && argument[0] == '\'' && argument[^1] == '\''
            ? argument[1..^1].Replace("''", "'", StringComparison.Ordinal)
            : throw new SqlTranslationException($"{Name}() needs a constant text as its argument {index + 1}, not {argument}");
    }

    /// <summary>The text between the parentheses, translated.</summary>
    public string TranslatedInside => Translation.Part(Inside);
}
