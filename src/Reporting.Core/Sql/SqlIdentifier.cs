using System.Text.RegularExpressions;

namespace Reporting.Core.Sql;

/// <summary>
/// The one way an identifier enters SQL text: only names from our own code or validated model,
/// matching <c>^[A-Za-z_][A-Za-z0-9_]*$</c>, double-quoted. User-supplied names never get here.
/// </summary>
public static partial class SqlIdentifier
{
    public static string Quote(string name) => IsValid(name)
        ? $"\"{name}\""
        : throw new ArgumentException($"'{name}' is not a valid identifier.", nameof(name));

    public static bool IsValid(string name) => ValidName().IsMatch(name);

    /// <summary>A string constant of our own (never a user value: those are bound parameters).</summary>
    public static string Literal(string constant) => $"'{constant.Replace("'", "''", StringComparison.Ordinal)}'";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex ValidName();
}
