using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Dashboards;
using Reporting.Core.Kpis;

namespace Reporting.Web.Dashboards;

/// <summary>
/// A request for a dashboard view, from the page or the JSON API alike: find the dashboard, read the
/// filters from the query string, check each names a dimension the dashboard has, build the view.
/// </summary>
public sealed class DashboardRequests(DashboardCatalog catalog, DashboardViewBuilder builder, VerbatimPanel verbatims, SemanticModel model, KpiCatalog kpis, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <param name="account">An account the view is locked to (Account 360): it replaces any account_id in the query string.</param>
    public DashboardOutcome View(string id, IQueryCollection query, CancellationToken cancellationToken, string? account = null)
    {
        if (catalog.Find(id) is not { } dashboard || (dashboard.PerAccount && account is null))
        {
            return DashboardOutcome.Missing($"there is no dashboard '{id}'");
        }
        try
        {
            var filters = Filters(query);
            filters = account is null ? filters : filters.With("account_id", account);
            DashboardFields.Require(filters, DashboardFields.Of(dashboard, model, kpis));
            var view = builder.Build(dashboard, filters, Today, cancellationToken);
            if (dashboard.Panels.Contains("verbatims"))
            {
                view = view with { Verbatims = verbatims.Read(query, filters, cancellationToken) };
            }
            return new DashboardOutcome(view, dashboard, filters);
        }
        catch (DashboardFilterException e)
        {
            return DashboardOutcome.Refused(e.Message, e.Parameter);
        }
        catch (QueryException e)
        {
            return DashboardOutcome.Refused(e.Message, e.Member);
        }
    }

    /// <summary>The filters of a query string; throws <see cref="DashboardFilterException"/> naming a bad parameter.</summary>
    public DashboardFilters Filters(IQueryCollection query) =>
        DashboardFilters.Parse(query.SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v))), Today);
}

/// <summary>A view, or why there is none: no such dashboard (404) or a filter that cannot be used (400, naming it).</summary>
public sealed record DashboardOutcome(DashboardView? View, DashboardDefinition? Dashboard, DashboardFilters? Filters)
{
    public bool NotFound { get; init; }

    public string? Error { get; init; }

    public string? Parameter { get; init; }

    public static DashboardOutcome Missing(string error) => new(null, null, null) { NotFound = true, Error = error };

    public static DashboardOutcome Refused(string error, string? parameter) => new(null, null, null) { Error = error, Parameter = parameter };
}
