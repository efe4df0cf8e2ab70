using Reporting.Web.SignIn;
using Microsoft.AspNetCore.Http.HttpResults;
using Reporting.Core.Ebr;
using Reporting.Core.Kpis;
using Reporting.Documents.Ebr;
using Reporting.Core.Periods;

namespace Reporting.Web.Ebr;

/// <summary>
/// EBR packs: reports/ebr loaded and checked at start-up; GET /accounts/{id}/ebr.pdf?from=&amp;to=
/// prints one (and /accounts/{id}/ebr shows the same page as HTML, to look at in a browser).
/// </summary>
public static class EbrEndpoints
{
    public static IEndpointRouteBuilder MapReportingEbr(this IEndpointRouteBuilder endpoints)
    {
        // Loaded now, so that a bad pack file stops start-up naming the file and field.
        endpoints.ServiceProvider.GetRequiredService<EbrPackCatalog>();
        // Opened by people from the account page: without a session they are sent to sign in, not answered 401.
        endpoints.MapGet("/accounts/{id}/ebr.pdf", Pdf).WithName("EbrPdf").WithTags("EBR").AllowCookieRedirect().AuditedExport(Reporting.Core.Access.AuditActions.ExportPdf)
            .WithSummary("The account's Executive Business Review pack as PDF for inclusive dates (from, to; default the pack's last whole months) and a pack (default).");
        endpoints.MapGet("/accounts/{id}/ebr", Html).WithName("EbrHtml").WithTags("EBR").AllowCookieRedirect()
            .WithSummary("The same pack as the HTML page Chromium prints.");
        return endpoints;
    }

    /// <summary>An account's pack as PDF, or why not: 404 no account, 400 bad dates or pack, 503 no Chromium. Embeds of a pack answer the same.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Pdf(
        string id, string? from, string? to, string? pack, EbrPacks packs, ReportingClock clock, CancellationToken cancellationToken)
    {
        if (Refusal(id, from, to, pack, out var request) is { } refused)
        {
            return refused;
        }
        try
        {
            var pdf = await Task.Run(() => packs.PdfAsync(request, clock.Today, cancellationToken), cancellationToken);
            return pdf is null ? NoAccount(id) : TypedResults.File(pdf.Bytes, "application/pdf", pdf.FileName);
        }
        catch (KpiFilterException e)
        {
            return BadRequest(e);
        }
        catch (ChromiumMissingException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "PDF rendering is not available", detail: e.Message,
                extensions: new Dictionary<string, object?> { ["install"] = ChromiumMissingException.InstallCommand });
        }
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> Html(
        string id, string? from, string? to, string? pack, EbrPacks packs, ReportingClock clock, HttpResponse response, System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        // The page runs its own inline scripts, by hash (the site's policy allows none).
        response.Headers.ContentSecurityPolicy = EbrAssets.ContentSecurityPolicy + "; frame-ancestors 'none'";
        if (Refusal(id, from, to, pack, out var request) is { } refused)
        {
            return refused;
        }
        try
        {
            var document = await Task.Run(() => packs.Document(request, clock.Today, cancellationToken), cancellationToken);
            if (document is null)
            {
                return NoAccount(id);
            }
            var shown = user.IsTeamMember() ? document with { EmailThis = $"/subscriptions/edit?kind=account-pack&account={Uri.EscapeDataString(id)}" } : document;
            return TypedResults.Content(await packs.HtmlAsync(shown), "text/html; charset=utf-8");
        }
        catch (KpiFilterException e)
        {
            return BadRequest(e);
        }
    }

    /// <summary>Bad dates (400); otherwise the request.</summary>
    private static ProblemHttpResult? Refusal(string id, string? from, string? to, string? pack, out EbrRequest request)
    {
        request = new EbrRequest(id);
        try
        {
            var dates = KpiFilter.Parse(id, null, from, to);
            request = new EbrRequest(id, dates.From, dates.To, string.IsNullOrWhiteSpace(pack) ? null : pack.Trim());
            return null;
        }
        catch (KpiFilterException e)
        {
            return BadRequest(e);
        }
    }

    private static ProblemHttpResult NoAccount(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"no account '{id}'",
            extensions: new Dictionary<string, object?> { ["parameter"] = "id" });

    private static ProblemHttpResult BadRequest(KpiFilterException e) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The pack cannot be made", detail: e.Message,
            extensions: new Dictionary<string, object?> { ["parameter"] = e.Parameter });

}
