using System.Text;

namespace Reporting.ClickHouse;

/// <summary>Quoting for ClickHouse text: identifiers in backticks, values as string literals, both with backslash escapes.</summary>
public static class ClickHouseNames
{
    public static string Quote(string identifier) => "`" + Escape(identifier, '`') + "`";

    public static string Literal(string value) => "'" + Escape(value, '\'') + "'";

    private static string Escape(string text, char quote)
    {
        var escaped = new StringBuilder(text.Length + 2);
        foreach (var c in text)
        {
            if (c == '\\' || c == quote)
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
