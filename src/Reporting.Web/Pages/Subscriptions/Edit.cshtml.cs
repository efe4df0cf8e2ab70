using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reporting.Core.Accounts;
using Reporting.Core.Dashboards;
using Reporting.Core.Delivery;
using Reporting.Web.Delivery;
using Reporting.Web.SignIn;
using Reporting.Core.Periods;

namespace Reporting.Web.Pages.Subscriptions;

/// <summary>
/// /subscriptions/edit: a new subscription (prefilled by "E-mail this") or an existing one (its id),
/// saved through the same editor as the API; problems are listed naming their fields.
/// </summary>
public sealed class EditModel(SubscriptionStore store, SubscriptionEditor editor, DashboardCatalog catalog, AccountDirectory accounts, ReportingClock clock) : PageModel
{
    [BindProperty]
    public SubscriptionForm Form { get; set; } = new();

    public long? Id { get; private set; }

    public IReadOnlyList<SubscriptionProblem> Problems { get; private set; } = [];

    public IReadOnlyList<DashboardDefinition> Dashboards => catalog.Dashboards;

    /// <summary>The accounts the caller sees (the request's scope), for the account picker.</summary>
    public IReadOnlyList<AccountCard> Accounts { get; private set; } = [];

    public IActionResult OnGet(long? id)
    {
        if (id is { } existing)
        {
            if (SubscriptionEndpoints.Find(existing, User, store, manage: true) is not { } subscription)
            {
                return NotFound();
            }
            (Id, Form) = (existing, SubscriptionForm.From(subscription));
        }
        else
        {
            Form = SubscriptionPrefill.Read(Request.Query, User.Email()!, clock.Today);
        }
        Accounts = accounts.All();
        return Page();
    }

    public IActionResult OnPost(long? id, CancellationToken cancellationToken)
    {
        Id = id;
        SubscriptionEdit edit;
        if (id is { } existing)
        {
            if (SubscriptionEndpoints.Find(existing, User, store, manage: true) is not { } subscription)
            {
                return NotFound();
            }
            edit = editor.Update(subscription, Form.ToRequest(), cancellationToken);
        }
        else
        {
            edit = editor.Create(Form.ToRequest(), User.Email()!, cancellationToken);
        }
        if (edit.Saved is { } saved)
        {
            TempData["Notice"] = $"Saved \"{saved.Name}\".";
            return RedirectToPage("Index");
        }
        Problems = edit.Problems;
        Accounts = accounts.All();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
