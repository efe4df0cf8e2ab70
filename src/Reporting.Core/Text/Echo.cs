namespace Reporting.Core.Text;

/// <summary>
/// Input quoted back in an error message, cut to <see cref="MaxLength"/> characters and an ellipsis:
/// a megabyte name must not make a megabyte error. Cuts never split a surrogate pair.
/// </summary>
public static class Echo
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
}
