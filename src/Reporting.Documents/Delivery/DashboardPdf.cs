using Reporting.Core.Ebr;
using Reporting.Documents.Ebr;

namespace Reporting.Documents.Delivery;

/// <summary>
/// A dashboard snapshot as PDF: rendered in process to a self-contained print document
/// (<see cref="DashboardPrintDocument"/>), printed by the same warm Chromium as the EBR packs.
/// </summary>
public sealed class DashboardPdf(EbrHtml html, ChromiumPdfRenderer renderer)
{
    public Task<string> HtmlAsync(DashboardSnapshot snapshot, string preparedFor) =>
        html.RenderAsync<DashboardPrintDocument>(new Dictionary<string, object?>
        {
            [nameof(DashboardPrintDocument.Model)] = new DashboardPrintModel(snapshot, DashboardChartSpecs.Build(snapshot.View.Charts), preparedFor),
        });

    /// <summary>The PDF; throws <see cref="ChromiumMissingException"/> without Chromium.</summary>
    public async Task<byte[]> PrintAsync(DashboardSnapshot snapshot, string preparedFor, CancellationToken cancellationToken)
    {
        var printed = await renderer.RenderAsync(await HtmlAsync(snapshot, preparedFor), EbrPaper.A4, cancellationToken);
        var title = $"{snapshot.View.Title} · {snapshot.Period}";
        return PdfDocumentInfo.Write(printed, title, "Customer Success Reporting", $"{title}, prepared for {preparedFor}", DateTimeOffset.UtcNow);
    }

    /// <summary>"dashboard-overview-2026-09-01-2026-11-30.pdf".</summary>
    public static string FileName(DashboardSnapshot snapshot) =>
        $"dashboard-{MailText.FileSafe(snapshot.View.Id)}-{snapshot.Filters.Range.From:yyyy-MM-dd}-{snapshot.Filters.Range.To:yyyy-MM-dd}.pdf";
}
