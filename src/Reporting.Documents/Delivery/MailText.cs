using System.Net;
using System.Text;

namespace Reporting.Documents.Delivery;

/// <summary>
/// How a value enters a message: control characters (a CR/LF in a subscription's name, a NUL in an
/// account's) become spaces in every part, and HTML encodes &lt; &gt; &amp; and both quotes, so no
/// value can end an element, an attribute or a header line.
/// </summary>
public static class MailText
{
    /// <summary>The value with each control character (Unicode category Cc, line and paragraph separators) as a space, trimmed.</summary>
    public static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        var text = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            text.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
        }
        return text.ToString().Trim();
    }

    /// <summary>The value for HTML text and attribute values alike.</summary>
    public static string Html(string? value) => WebUtility.HtmlEncode(Clean(value));

    /// <summary>Letters, digits, '-' and '_' only: for attachment names.</summary>
    public static string FileSafe(string value) =>
        new(value.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());

    /// <summary>Only http(s) links are written; anything else is refused before it reaches a message.</summary>
    public static Uri Link(Uri url) => url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
        ? url
        : throw new ArgumentException($"a link in a message must be an absolute http(s) address, not '{url}'", nameof(url));
}
