using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reporting.Core.Cube.Model;
using Reporting.Core.Dashboards;
using Reporting.Core.Storage;
using Reporting.Documents.Dashboards;
using Reporting.Web.Security;

namespace Reporting.Web.Pages.Dashboards;

/// <summary>
/// A dashboard (Overview at "/"): rendered on the server with its data inlined, so the first view
/// needs no second request; dashboard.js redraws it from GET /api/dashboards/{id} when filters change.
/// </summary>
public sealed class DashboardModel(DashboardRequests requests, ReportingDatabase database, ScriptJson json) : PageModel
{
    public DashboardView View { get; private set; } = null!;

    public FilterChoices Choices { get; private set; } = null!;

    public string? Error { get; private set; }

    public IHtmlContent ViewJson => json.Inline(View);

    public IActionResult OnGet(string? id, CancellationToken cancellationToken)
    {
        var outcome = requests.View(id ?? "overview", Request.Query, cancellationToken);
        if (outcome.NotFound)
        {
            return NotFound();
        }
        if (outcome.View is null)
        {
            Error = outcome.Error;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        View = outcome.View;
        Choices = FilterChoices.Read(database);
        return Page();
    }
}
