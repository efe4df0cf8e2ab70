using Reporting.Core.Cube.Model;
using Reporting.Core.Ebr;
using Reporting.Core.Kpis;
using Reporting.Documents.Dashboards;

namespace Reporting.Documents.Ebr;

/// <summary>
/// An account's pack from request to PDF: the pack file, the period, the content (built once,
/// before rendering), the HTML of the print components, Chromium's PDF, then its title, author and
/// subject. The endpoint and the command line both go through here.
/// </summary>
public sealed class EbrPacks(EbrPackCatalog packs, EbrContentBuilder builder, EbrHtml html, ChromiumPdfRenderer renderer, SemanticModel model, KpiCatalog kpis)
{
    private readonly IReadOnlyDictionary<string, string> titles = kpis.Kpis.ToDictionary(k => k.Id, k => DisplayFormat.KpiTitle(k, model), StringComparer.Ordinal);

    public ChromiumPdfRenderer Renderer => renderer;

    /// <summary>The pack asked for (the default when null); throws <see cref="KpiFilterException"/> naming "pack" when there is none.</summary>
    public EbrPack Pack(string? id) => packs.Find(id) ?? throw new KpiFilterException("pack",
        $"there is no EBR pack '{id}' ({string.Join(", ", packs.Packs.Select(p => p.Id))})");

    /// <summary>The document to print; null when there is no such account. Bad dates or pack throw <see cref="KpiFilterException"/>.</summary>
    public EbrDocumentModel? Document(EbrRequest request, DateOnly today, CancellationToken cancellationToken)
    {
        var pack = Pack(request.Pack);
        var period = EbrPeriod.Resolve(request.From, request.To, pack.PeriodMonths, today);
        return builder.Build(pack, request.AccountId, period, today, cancellationToken) is { } content
            ? new EbrDocumentModel(content, titles, EbrCharts.Build(content, titles))
            : null;
    }

    public Task<string> HtmlAsync(EbrDocumentModel document) => html.RenderAsync(document);

    /// <summary>The PDF; null when there is no such account. Throws <see cref="ChromiumMissingException"/> without Chromium.</summary>
    public async Task<EbrPdf?> PdfAsync(EbrRequest request, DateOnly today, CancellationToken cancellationToken)
    {
        if (!renderer.Available)
        {
            throw new ChromiumMissingException(renderer.ChromiumPath);
        }
        if (Document(request, today, cancellationToken) is not { } document)
        {
            return null;
        }
        var printed = await renderer.RenderAsync(await HtmlAsync(document), document.Content.Pack.Paper, cancellationToken);
        var pdf = PdfDocumentInfo.Write(printed, document.Title, document.Content.Pack.Branding.Author, document.Subject, DateTimeOffset.UtcNow);
        return new EbrPdf(pdf, FileName(document), document);
    }

    /// <summary>"ebr-ACC-0001-2026-01-01-2026-03-31.pdf": the account id's letters, digits, '-' and '_' only.</summary>
    public static string FileName(EbrDocumentModel document)
    {
        var content = document.Content;
        var id = new string(content.Account.Id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_').ToArray());
        return $"ebr-{id}-{content.Period.From:yyyy-MM-dd}-{content.Period.To:yyyy-MM-dd}.pdf";
    }
}

/// <summary>An account's pack for inclusive dates (null: the pack's default period) and a pack (null: the default).</summary>
public sealed record EbrRequest(string AccountId, DateOnly? From = null, DateOnly? To = null, string? Pack = null);

/// <summary>A printed pack: its bytes, a file name, and what it was printed from.</summary>
public sealed record EbrPdf(byte[] Bytes, string FileName, EbrDocumentModel Document);
