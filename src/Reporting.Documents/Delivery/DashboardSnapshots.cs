using Microsoft.Extensions.Primitives;
using Reporting.Core.Dashboards;
using Reporting.Core.Delivery;
using Reporting.Documents.Accounts;
using Reporting.Documents.Dashboards;

namespace Reporting.Documents.Delivery;

/// <summary>
/// Builds a <see cref="DashboardSnapshot"/> through the same request path as the dashboard's page
/// (<see cref="DashboardRequests"/>), so a mail shows what the recipient would see on the page with
/// those filters; every read runs in the ambient scope (the recipient's, entered by the runner).
/// </summary>
public sealed class DashboardSnapshots(DashboardRequests requests, DashboardCatalog catalog, PortfolioHealth portfolio)
{
    // The digest shows tiles, charts and the accounts at risk; no panel that shows what customers wrote.
    private static readonly IReadOnlySet<string> Panels = new HashSet<string>(StringComparer.Ordinal) { "accounts_at_risk" };

    /// <summary>The snapshot; a dashboard, filter or period that cannot be used throws <see cref="DeliveryContentException"/> naming it.</summary>
    public DashboardSnapshot Take(string dashboard, IReadOnlyDictionary<string, string> filters, string? period, DateOnly today, CancellationToken cancellationToken)
    {
        IEnumerable<KeyValuePair<string, string>> parameters;
        try
        {
            parameters = DeliveryPeriod.Parameters(filters, period, today).ToList();
        }
        catch (DashboardFilterException e)
        {
            throw new DeliveryContentException(e.Parameter, e.Message);
        }
        var query = new QueryCollection(parameters.GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new StringValues(g.Select(p => p.Value).ToArray()), StringComparer.Ordinal));
        var outcome = requests.View(dashboard, query, cancellationToken, panels: Panels);
        if (outcome is not { View: { } view, Filters: { } used })
        {
            // A per-account dashboard's missing account (or one out of scope) is a 404 of the account, not of the dashboard.
            var field = !outcome.NotFound ? outcome.Parameter ?? "filters" : catalog.Find(dashboard) is null ? "dashboard" : "account_id";
            throw new DeliveryContentException(field, outcome.Error ?? "the dashboard cannot be shown");
        }
        var atRisk = view.AtRisk ?? AtRiskView.Build(portfolio.Read(used, requests.Today, cancellationToken), used.Range.To.AddDays(1));
        return new DashboardSnapshot(view, atRisk, used);
    }
}
