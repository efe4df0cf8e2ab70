using System.Text.Json;
using Reporting.Documents.Ebr;

namespace Reporting.Documents.Delivery;

/// <summary>What the dashboard's print document renders from: the snapshot, its drawable charts, and who it was prepared for.</summary>
public sealed record DashboardPrintModel(DashboardSnapshot Snapshot, IReadOnlyDictionary<string, EbrChartSpec> Charts, string PreparedFor)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Title => $"{Snapshot.View.Title} · {Snapshot.Period}";

    /// <summary>The charts for ebr.js (the JSON encoder escapes &lt;, so no value can close the script element).</summary>
    public string ChartsJson => JsonSerializer.Serialize(Charts.Values, Json);

    /// <summary>A4 with the pack's margins, the title as the running header and page numbers below.</summary>
    public string PageCss =>
        ":root { --brand-primary: #1b365d; --brand-accent: #0072b2; }\n"
        + $"@page {{ size: A4; margin: 17mm 15mm 16mm; @top-left {{ content: {Text.CssText.String(Title)}; font: 7.5pt Arial, \"Liberation Sans\", sans-serif; color: #5a6270; }} "
        + "@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); font: 7.5pt Arial, \"Liberation Sans\", sans-serif; color: #5a6270; } }\n"
        + "section.pack-section { break-before: auto; margin-bottom: 6mm; }\n"
        + ".chart-grid { grid-template-columns: 1fr 1fr; }\n"
        // Row headers (an account's name) read as the row's first cell, not as a column's caps.
        + "tbody th { text-transform: none; letter-spacing: normal; font-size: 8.5pt; color: var(--color-text); border-bottom: 0.2mm solid var(--color-border); padding: 1.8mm 2mm; }\n";
}
