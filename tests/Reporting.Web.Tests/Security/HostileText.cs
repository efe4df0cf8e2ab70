using System.Text;

namespace Reporting.Web.Tests.Security;

/// <summary>
/// Random text made of what breaks pages, scripts, styles and spreadsheets: closing tags, markup with
/// event handlers, quotes, a form feed, a right-to-left override, a line separator, emoji, CSS and
/// formula starts. Seeded, so a failure names a string that can be tried again.
/// </summary>
public static class HostileText
{
    private static readonly string[] Pieces =
    [
        "</script>", "<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "\"", "'", "\f", "\u202e", "\u2028", "😀",
        "}body{background:url(http://127.0.0.1:9/)}", "=HYPERLINK(\"http://evil\",\"x\")", "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3",
        "&amp;", "\\", "</style>", "<!--", "]]>", "${7*7}", "{{7*7}}", "Acme",
    ];

    public static IReadOnlyList<string> Make(int seed, int count)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(i =>
        {
            var text = new StringBuilder($"H{i} ");
            for (var piece = random.Next(2, 6); piece > 0; piece--)
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }
            return text.ToString();
        }).ToList();
    }
}
