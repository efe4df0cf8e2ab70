using System.Text;
using System.Text.Json;
using Reporting.Core.Ebr;
using Reporting.Documents.Text;

namespace Reporting.Documents.Ebr;

/// <summary>
/// What the pack's components render from: the content, each KPI's title for people, the charts,
/// and the page's own CSS (paper size, brand colours, the running header's text).
/// </summary>
public sealed record EbrDocumentModel(EbrContent Content, IReadOnlyDictionary<string, string> Titles, IReadOnlyDictionary<string, EbrChartSpec> Charts)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>On the HTML view for a team member: where "E-mail this" opens the subscription form (never printed).</summary>
    public string? EmailThis { get; init; }

    /// <summary>"Acme Corp · Executive Business Review · Jan – Mar 2026": the PDF title and the running header.</summary>
    public string Title => $"{Content.Account.Name} · {Content.Pack.Title} · {EbrText.Period(Content.Period)}";

    public string Subject => $"Customer success review of {Content.Account.Name} ({Content.Account.Id}) for {EbrText.Period(Content.Period)}: health, sentiment, support, engagement and the 30-60-90 plan.";

    /// <summary>The charts that have data, for ebr.js (the JSON encoder escapes &lt;, so it cannot close the script element).</summary>
    public string ChartsJson => JsonSerializer.Serialize(Charts.Values.Where(c => c.HasData), Json);

    public string PageCss
    {
        get
        {
            var pack = Content.Pack;
            var (size, height) = pack.Paper == EbrPaper.Letter ? ("Letter", "279mm") : ("A4", "296mm");
            return new StringBuilder()
                .Append($":root {{ --brand-primary: {pack.Branding.Primary}; --brand-accent: {pack.Branding.Accent}; --page-height: {height}; }}\n")
                .Append($"@page {{ size: {size}; margin: 17mm 15mm 16mm; ")
                .Append($"@top-left {{ content: {CssText.String(Title)}; font: 7.5pt Arial, \"Liberation Sans\", sans-serif; color: #5a6270; }} ")
                .Append("@bottom-left { content: \"Confidential: prepared for the account's executives\"; font: 7.5pt Arial, \"Liberation Sans\", sans-serif; color: #8a919c; } ")
                .Append("@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); font: 7.5pt Arial, \"Liberation Sans\", sans-serif; color: #5a6270; } }\n")
                .Append("@page :first { margin: 0; @top-left { content: none; } @bottom-left { content: none; } @bottom-right { content: none; } }\n")
                .ToString();
        }
    }
}
