using System.Text;

namespace Reporting.Documents.Delivery;

/// <summary>
/// Writes a message's HTML and plain-text parts side by side, so they say the same: headings,
/// paragraphs, tables (a caption, column headers, the first cell of each row its row's header) and
/// links. Every value goes through <see cref="MailText"/>; styles are inline and there is no image,
/// so the message reads the same in a client that blocks images and styles sheets.
/// </summary>
public sealed class MailBody
{
    private const string Cell = "padding:4px 8px;border-bottom:1px solid #d0d5dc;text-align:left;vertical-align:top";

    private readonly StringBuilder html = new();
    private readonly StringBuilder text = new();

    public MailBody(string title)
    {
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"color-scheme\" content=\"light dark\"><title>")
            .Append(MailText.Html(title)).Append("</title></head>")
            .Append("<body style=\"font-family:Arial,'Liberation Sans',sans-serif;font-size:14px;line-height:1.45;color:#1b1f24\">");
    }

    public MailBody Heading(string value)
    {
        html.Append("<h1 style=\"font-size:20px;margin:0 0 8px\">").Append(MailText.Html(value)).Append("</h1>");
        text.AppendLine(MailText.Clean(value)).AppendLine(new string('=', Math.Min(MailText.Clean(value).Length, 72))).AppendLine();
        return this;
    }

    public MailBody Paragraph(string value)
    {
        html.Append("<p style=\"margin:0 0 12px\">").Append(MailText.Html(value)).Append("</p>");
        text.AppendLine(MailText.Clean(value)).AppendLine();
        return this;
    }

    /// <summary>A table; in the text part each row is a line of "Header: value" pairs under the caption.</summary>
    public MailBody Table(string caption, string name, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        html.Append("<table data-table=\"").Append(MailText.Html(name)).Append("\" style=\"border-collapse:collapse;margin:0 0 16px\">")
            .Append("<caption style=\"text-align:left;font-weight:bold;padding:0 0 6px\">").Append(MailText.Html(caption)).Append("</caption><thead><tr>");
        foreach (var header in headers)
        {
            html.Append("<th scope=\"col\" style=\"").Append(Cell).Append("\">").Append(MailText.Html(header)).Append("</th>");
        }
        html.Append("</tr></thead><tbody>");
        text.AppendLine(MailText.Clean(caption));
        var count = 0;
        foreach (var row in rows)
        {
            count++;
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var tag = i == 0 ? "th scope=\"row\"" : "td";
                html.Append('<').Append(tag).Append(" style=\"").Append(Cell).Append("\">").Append(MailText.Html(row[i])).Append("</").Append(tag[..2]).Append('>');
            }
            html.Append("</tr>");
            text.Append("- ").AppendLine(string.Join("; ", row.Select((value, i) => i == 0 ? MailText.Clean(value) : $"{MailText.Clean(headers[i])}: {MailText.Clean(value)}")));
        }
        if (count == 0)
        {
            html.Append("<tr><td colspan=\"").Append(headers.Count).Append("\" style=\"").Append(Cell).Append("\">None.</td></tr>");
            text.AppendLine("- None.");
        }
        html.Append("</tbody></table>");
        text.AppendLine();
        return this;
    }

    public MailBody Link(string label, Uri url)
    {
        var href = MailText.Html(MailText.Link(url).AbsoluteUri);
        html.Append("<p style=\"margin:0 0 12px\"><a href=\"").Append(href).Append("\" style=\"color:#0059a0\">").Append(MailText.Html(label)).Append("</a></p>");
        text.Append(MailText.Clean(label)).Append(": ").AppendLine(url.AbsoluteUri).AppendLine();
        return this;
    }

    /// <summary>Closes both parts with a small-print footer (why the recipient gets this, and the link to stop it).</summary>
    public (string Html, string Text) Finish(string why, Uri unsubscribe)
    {
        var href = MailText.Html(MailText.Link(unsubscribe).AbsoluteUri);
        html.Append("<hr style=\"border:0;border-top:1px solid #d0d5dc;margin:16px 0\"><p style=\"font-size:12px;color:#5a6270\">")
            .Append(MailText.Html(why)).Append(" <a href=\"").Append(href).Append("\" style=\"color:#5a6270\">Unsubscribe</a></p></body></html>");
        text.AppendLine("--").AppendLine(MailText.Clean(why)).Append("Unsubscribe: ").AppendLine(unsubscribe.AbsoluteUri);
        return (html.ToString(), text.ToString());
    }
}
