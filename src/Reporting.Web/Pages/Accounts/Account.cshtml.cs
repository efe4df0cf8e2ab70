using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reporting.Core.Accounts;
using Reporting.Core.Dashboards;
using Reporting.Core.Health;
using Reporting.Core.Planning;
using Reporting.Core.Signals;
using Reporting.Core.Storage;
using Reporting.Documents.Accounts;
using Reporting.Documents.Dashboards;
using Reporting.Web.Security;

namespace Reporting.Web.Pages.Accounts;

/// <summary>Account 360: the account's profile, then the per-account dashboard locked to it.</summary>
public sealed class AccountModel(DashboardRequests requests, AccountDirectory accounts, ReportingDatabase database, HealthHistory health,
    SignalEvaluator signals, RecoveryPlanner planner, Reporting.Core.Kpis.KpiCatalog kpis, ScriptJson json) : PageModel
{
    public AccountCard Account { get; private set; } = null!;

    public DashboardView View { get; private set; } = null!;

    public FilterChoices Choices { get; private set; } = null!;

    public string? Error { get; private set; }

    /// <summary>Health, signals with their evidence, and the 30-60-90 plan, as of today.</summary>
    public AccountEarlyWarning? EarlyWarning { get; private set; }

    public Reporting.Core.Kpis.KpiCatalog Kpis => kpis;

    public IHtmlContent ViewJson => json.Inline(View);

    public IActionResult OnGet(string id, CancellationToken cancellationToken)
    {
        if (accounts.Find(id, arrOn: requests.Today) is not { } account)
        {
            return NotFound();
        }
        Account = account;
        var outcome = requests.View("account", Request.Query, cancellationToken, account.Id);
        if (outcome.View is null)
        {
            Error = outcome.Error;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        View = outcome.View;
        var judged = signals.ForAccount(account.Id, requests.Today, cancellationToken)!;
        EarlyWarning = new AccountEarlyWarning(health.ForAccount(account.Id, requests.Today, 12, cancellationToken)!, judged, planner.Plan(judged));
        Choices = FilterChoices.Read(database);
        return Page();
    }
}
