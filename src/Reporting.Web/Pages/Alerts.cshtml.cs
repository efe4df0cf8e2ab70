using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Reporting.Core.Alerts;
using Reporting.Web.Signals;

namespace Reporting.Web.Pages;

/// <summary>The Alerts page: the signal firings the monitor recorded across accounts, newest first.</summary>
public sealed class AlertsModel(SignalLog log, IOptions<AlertOptions> options) : PageModel
{
    public const int Limit = 200;

    /// <summary>Only this account's firings (?account=ACC-0001).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Account { get; set; }

    public IReadOnlyList<SignalFiring> Firings { get; private set; } = [];

    public int Webhooks => options.Value.Webhooks.Length;

    public void OnGet(CancellationToken cancellationToken) =>
        Firings = log.Recent(Limit, string.IsNullOrWhiteSpace(Account) ? null : Account.Trim(), cancellationToken);

    /// <summary>What happened to the alert: sent (and how many deliveries succeeded), recorded only, or still firing from before.</summary>
    public string AlertStatus(SignalFiring firing) => !firing.IsNew ? "Still firing (fired the month before too)"
        : firing.Deliveries > 0 ? $"New: delivered to {firing.Delivered} of {firing.Deliveries} webhooks"
        : Webhooks == 0 ? "New: no webhook configured" : "New: not delivered";
}
