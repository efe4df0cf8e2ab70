namespace Reporting.Core.Sql;

/// <summary>What a token of a model's SQL is, as far as telling a qualified column apart and translating it go.</summary>
internal enum SqlTokenKind
{
    /// <summary>A name, bare or double-quoted (its text unquoted).</summary>
    Identifier,
    Dot,
    /// <summary>Anything else: a string literal, a number, an operator, a parameter.</summary>
    Other,
}

/// <summary>One token of a model's SQL: its kind, text (a quoted name unquoted) and where it stands in the SQL.</summary>
internal readonly record struct SqlToken(SqlTokenKind Kind, string Text, int Start, int End)
{
    /// <summary>Whether the token is this name (bare, any case) or this punctuation.</summary>
    public bool Is(string text) => string.Equals(Text, text, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether the token is a string literal ('…').</summary>
    public bool IsLiteral(string sql) => Kind == SqlTokenKind.Other && sql[Start] == '\'';
}
