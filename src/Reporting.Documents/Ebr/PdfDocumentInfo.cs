using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Reporting.Documents.Ebr;

/// <summary>
/// Sets a PDF's title, author and subject. Chromium writes the document's &lt;title&gt; as the title
/// but ignores &lt;meta name="author"&gt; and "subject", so the document information dictionary is
/// replaced by an incremental update (a new Info object, an xref section for it and a trailer
/// pointing back at the old one): the bytes Chromium wrote stay as they are.
/// </summary>
public static partial class PdfDocumentInfo
{
    /// <summary>The PDF with the new information; unchanged when its trailer is not the classic kind Chromium writes.</summary>
    public static byte[] Write(byte[] pdf, string title, string author, string subject, DateTimeOffset created)
    {
        var tail = Encoding.Latin1.GetString(pdf, Math.Max(0, pdf.Length - 2048), Math.Min(2048, pdf.Length));
        var trailer = Trailer().Match(tail);
        var startxref = StartXref().Matches(tail);
        if (!trailer.Success || startxref.Count == 0)
        {
            return pdf;
        }
        var size = int.Parse(trailer.Groups["size"].Value, CultureInfo.InvariantCulture);
        var root = trailer.Groups["root"].Value;
        var previous = startxref[^1].Groups["offset"].Value;
        var update = new StringBuilder("\n");
        var infoOffset = pdf.Length + update.Length;
        update.Append(CultureInfo.InvariantCulture, $"{size} 0 obj\n<</Title {Text(title)} /Author {Text(author)} /Subject {Text(subject)} ")
            .Append(CultureInfo.InvariantCulture, $"/Creator (Reporting EBR via Chromium) /Producer (Skia/PDF) /CreationDate (D:{created.UtcDateTime:yyyyMMddHHmmss}Z)>>\nendobj\n");
        var xrefOffset = pdf.Length + update.Length;
        update.Append(CultureInfo.InvariantCulture, $"xref\n0 1\n0000000000 65535 f \n{size} 1\n{infoOffset:D10} 00000 n \n")
            .Append(CultureInfo.InvariantCulture, $"trailer\n<</Size {size + 1} /Root {root} /Info {size} 0 R /Prev {previous}>>\nstartxref\n{xrefOffset}\n%%EOF\n");
        return [.. pdf, .. Encoding.Latin1.GetBytes(update.ToString())];
    }

    /// <summary>A text string in UTF-16BE with its byte order mark, as hex: any character, nothing to escape.</summary>
    private static string Text(string text) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text)) + ">";

    [GeneratedRegex(@"trailer\s*<<\s*/Size\s+(?<size>\d+)\s*/Root\s+(?<root>\d+\s+\d+\s+R)")]
    private static partial Regex Trailer();

    [GeneratedRegex(@"startxref\s+(?<offset>\d+)\s+%%EOF")]
    private static partial Regex StartXref();
}
