namespace Reporting.Core.Cube.Compiling;

/// <summary>What a token of a model's SQL is, as far as telling a qualified column apart goes.</summary>
internal enum SqlTokenKind
{
    /// <summary>A name, bare or double-quoted (its text unquoted).</summary>
    Identifier,
    Dot,
    /// <summary>Anything else: a string literal, a number, an operator, a parameter.</summary>
    Other,
}

/// <summary>One token of a model's SQL: its kind and text (a quoted name unquoted).</summary>
internal readonly record struct SqlToken(SqlTokenKind Kind, string Text);
