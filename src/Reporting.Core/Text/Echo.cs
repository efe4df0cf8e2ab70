using System.Text.RegularExpressions;

namespace Reporting.Core.Text;

/// <summary>
/// Input quoted back in an error message, cut to <see cref="MaxLength"/> characters and an ellipsis:
/// a megabyte name must not make a megabyte error. Cuts never split a surrogate pair.
/// </summary>
public static partial class Echo
{
    public const int MaxLength = 100;

    public static string Short(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text;
        }
        var cut = char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : MaxLength;
        return string.Concat(text.AsSpan(0, cut), "…");
    }

    /// <summary>A message with each 'quoted' input in it cut to <see cref="MaxLength"/> characters.</summary>
    public static string Quotes(string message) => message.Length <= MaxLength ? message : Quoted().Replace(message, m => $"'{Short(m.Groups[1].Value)}'");

    [GeneratedRegex("'([^']{101,})'", RegexOptions.Singleline)]
    private static partial Regex Quoted();
}
