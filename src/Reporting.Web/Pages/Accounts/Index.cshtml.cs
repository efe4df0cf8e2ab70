using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reporting.Core.Dashboards;
using Reporting.Core.Storage;
using Reporting.Documents.Accounts;
using Reporting.Documents.Dashboards;

namespace Reporting.Web.Pages.Accounts;

/// <summary>Every account with its KPIs for the view's dates and filters; sortable and searchable in the browser.</summary>
public sealed class IndexModel(AccountRows accounts, DashboardRequests requests, ReportingDatabase database) : PageModel
{
    public IReadOnlyList<AccountRow> Rows { get; private set; } = [];

    public IReadOnlyList<string> KpiHeaders { get; private set; } = [];

    public FilterView Filters { get; private set; } = null!;

    public FilterChoices Choices { get; private set; } = null!;

    public string? Error { get; private set; }

    public IActionResult OnGet(CancellationToken cancellationToken)
    {
        DashboardFilters filters;
        try
        {
            filters = requests.Filters(Request.Query);
        }
        catch (DashboardFilterException e)
        {
            Error = e.Message;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Rows = accounts.Read(filters, requests.Today, cancellationToken);
        KpiHeaders = accounts.Headers();
        Filters = DashboardViewBuilder.Filters(filters);
        Choices = FilterChoices.Read(database);
        return Page();
    }
}
