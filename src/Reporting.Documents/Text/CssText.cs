using System.Globalization;
using System.Text;

namespace Reporting.Documents.Text;

/// <summary>
/// Text as a CSS string literal, for a rule's content (the EBR pack's running header). Only letters,
/// digits, spaces and plain punctuation are written as they are; every other character (quotes,
/// backslashes, '&lt;', control characters such as the form feed that ends a CSS string, line and
/// paragraph separators, anything outside ASCII) is written as a CSS hex escape, which a CSS string
/// reads back as that character and which no value can use to end the string, the rule or the style element.
/// </summary>
public static class CssText
{
    private const string Plain = " !#$%()*+,-./:;=?@[]^_`{|}~";

    public static string String(string text)
    {
        var css = new StringBuilder(text.Length + 2).Append('"');
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii && (Rune.IsLetterOrDigit(rune) || Plain.Contains((char)rune.Value, StringComparison.Ordinal)))
            {
                css.Append(rune.ToString());
            }
            else
            {
                // The space ends the escape, so a hex digit after it stays a character.
                css.Append('\\').Append(rune.Value.ToString("X", CultureInfo.InvariantCulture)).Append(' ');
            }
        }
        return css.Append('"').ToString();
    }
}
