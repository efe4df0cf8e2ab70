using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Reporting.Core.Accounts;
using Reporting.Core.Dashboards;
using Reporting.Core.Storage;
using Reporting.Web.Dashboards;
using Reporting.Documents.Dashboards;
using Reporting.Web.Embed;
using Reporting.Web.Security;

namespace Reporting.Web.Pages.Embed;

/// <summary>
/// /embed/{token}: the dashboard or chart the token names, without the site's chrome, filtered by its
/// locked filters, with a filter bar of only what the viewer may change; for an account's EBR pack, a
/// link to download it. Refusals answer ProblemDetails.
/// </summary>
[EnableRateLimiting(EmbedRateLimiting.Policy)]
public sealed class EmbedModel(EmbedTokenReader reader, EmbedViews views, AccountDirectory accounts, ReportingDatabase database, ScriptJson json) : PageModel
{
    public EmbedGrant Grant { get; private set; } = null!;

    public DashboardBody? Body { get; private set; }

    /// <summary>For an ebr:&lt;account&gt; token: the account whose pack the page offers.</summary>
    public AccountCard? EbrAccount { get; private set; }

    public string Token { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        try
        {
            Grant = await reader.ReadAsync(token);
            Token = token;
            if (Grant.Resource.Kind == EmbedResourceKind.Ebr)
            {
                views.Merged(Grant, Request.Query);
                EbrAccount = accounts.Find(Grant.Resource.Id);
                return Page();
            }
            var outcome = views.Named(token, Grant, Request.Query, cancellationToken);
            if (outcome.View is not { } view)
            {
                return Problem(outcome.NotFound ? 404 : 400, outcome.NotFound ? "Not found" : "The filters cannot be used", outcome.Error);
            }
            Body = new DashboardBody(view, FilterBar(view), EmbedViews.ApiPath(token, Grant.Resource), json.Inline(view))
            {
                // A chart's own caption is its title; the page repeats it only for a dashboard.
                Titled = Grant.Titled && Grant.Resource.Kind == EmbedResourceKind.Dashboard,
            };
            return Page();
        }
        catch (EmbedRefusal refusal)
        {
            return new ObjectResult(refusal.ToProblem()) { StatusCode = refusal.Status };
        }
    }

    /// <summary>Only what the token lets change; the choices are read only when there is a filter to pick from.</summary>
    private FilterBar FilterBar(DashboardView view)
    {
        if (!Grant.Editable.Any(f => !EmbedScope.Dates.Contains(f)))
        {
            return new FilterBar(view.Filters, FilterChoices.Empty, Editable: Grant.Editable);
        }
        return new FilterBar(view.Filters, FilterChoices.Read(database), Editable: Grant.Editable);
    }

    private ObjectResult Problem(int status, string title, string? detail) =>
        new(new ProblemDetails { Status = status, Title = title, Detail = detail }) { StatusCode = status };
}
