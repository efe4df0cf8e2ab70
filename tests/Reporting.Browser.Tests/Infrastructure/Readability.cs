using System.Text.Json;

namespace Reporting.Browser.Tests.Infrastructure;

/// <summary>
/// Colour contrast as WCAG 2 defines it (relative luminance, (L1 + 0.05) / (L2 + 0.05)), measured in
/// the page on the computed colours of visible text against the first opaque background behind it.
/// </summary>
public static class Readability
{
    /// <summary>WCAG AA for normal-size text.</summary>
    public const double MinimumContrast = 4.5;

    /// <summary>Text a leader reads on every dashboard, in both themes.</summary>
    public static readonly string[] TextSelectors =
    [
        "body", "h1", ".lede", ".brand", ".site-nav a", ".theme-toggle", ".field label", ".field select", ".field input", ".apply",
        ".tile-title", ".tile-value", ".status-badge", ".tile-change", ".change-label", ".tile-n", ".low-sample", ".chart-title", ".button-quiet", ".error",
    ];

    public const string Script = @"selectors => {
        const rgb = text => { const m = text.match(/rgba?\(([^)]+)\)/); if (!m) return null;
            const p = m[1].split(/[ ,\/]+/).filter(Boolean).map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
        const channel = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
        const luminance = c => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
        const background = el => { for (let e = el; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor);
            if (c && c.a > 0.5) return c; } return rgb(getComputedStyle(document.documentElement).backgroundColor) || { r: 255, g: 255, b: 255, a: 1 }; };
        const ratio = (x, y) => { const a = luminance(x), b = luminance(y); return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); };
        const visible = el => el.getClientRects().length > 0 && !el.closest('.visually-hidden,[hidden]');
        const worst = [];
        selectors.forEach(selector => document.querySelectorAll(selector).forEach(el => {
            if (!visible(el)) return;
            const value = ratio(rgb(getComputedStyle(el).color), background(el));
            worst.push({ selector: selector, text: el.textContent.trim().slice(0, 40), color: getComputedStyle(el).color,
                background: getComputedStyle(el).backgroundColor, ratio: Math.round(value * 100) / 100 });
        }));
        return JSON.stringify(worst);
    }";

    /// <summary>The body's background luminance (0 black … 1 white).</summary>
    public const string BackgroundLuminance = @"() => {
        const m = getComputedStyle(document.body).backgroundColor.match(/rgba?\(([^)]+)\)/)[1].split(/[ ,]+/).map(Number);
        const channel = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(m[0]) + 0.7152 * channel(m[1]) + 0.0722 * channel(m[2]);
    }";

    public sealed record Measured(string Selector, string Text, string Color, string Background, double Ratio);

    /// <summary>Asserts that every visible text of <see cref="TextSelectors"/> reaches <see cref="MinimumContrast"/>.</summary>
    public static async Task AssertReadableAsync(this WatchedPage page)
    {
        var measured = JsonSerializer.Deserialize<List<Measured>>(await page.Page.EvaluateAsync<string>(Script, TextSelectors), JsonSerializerOptions.Web)!;
        Assert.NotEmpty(measured);
        var unreadable = measured.Where(m => m.Ratio < MinimumContrast)
            .Select(m => $"{m.Selector} '{m.Text}': {m.Color} on {m.Background}, contrast {m.Ratio}").Distinct().ToList();
        Assert.True(unreadable.Count == 0, $"Text below {MinimumContrast}:1 contrast:\n" + string.Join("\n", unreadable));
    }

    public static Task<double> BackgroundLuminanceAsync(this WatchedPage page) => page.Page.EvaluateAsync<double>(BackgroundLuminance);
}
