using AngleSharp.Dom;

namespace Reporting.Web.Tests.Security;

/// <summary>What a page may run: scripts from the site's own files and JSON data blocks, and no element with an event handler attribute.</summary>
public static class InertMarkup
{
    public static void Assert(IDocument page, string url)
    {
        foreach (var script in page.Scripts)
        {
            var source = script.GetAttribute("src");
            var ownFile = source is not null && (source.StartsWith("/js/", StringComparison.Ordinal) || source.StartsWith("/lib/", StringComparison.Ordinal)
                || source.StartsWith("/embed.js", StringComparison.Ordinal));
            Xunit.Assert.True(ownFile || script.GetAttribute("type") == "application/json", $"{url}: a script the site did not write: {script.OuterHtml}");
        }
        var handlers = page.All.Where(e => e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))).ToList();
        Xunit.Assert.True(handlers.Count == 0, $"{url}: elements with event handlers: {string.Join(" ", handlers.Select(h => h.OuterHtml))}");
    }
}
