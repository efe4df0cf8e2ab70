using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Dashboards;
using Reporting.Core.Kpis;
using Reporting.Core.Surveys;
using Reporting.Core.Text;
using Reporting.Core.Accounts;
using Reporting.Documents.Accounts;
using Reporting.Core.Periods;

namespace Reporting.Documents.Dashboards;

/// <summary>
/// A request for a dashboard view, from the page or the JSON API alike: find the dashboard, read the
/// filters from the query string, check each names a dimension the dashboard has, build the view.
/// </summary>
public sealed class DashboardRequests(DashboardCatalog catalog, DashboardViewBuilder builder, VerbatimPanel verbatims, PortfolioHealth portfolio, Revenue.RevenuePanel revenue, SurveyPlanner surveys, AccountDirectory accounts, SemanticModel model, KpiCatalog kpis, ReportingClock clock, IVerbatimAccess verbatimAccess)
{
    public DateOnly Today => clock.Today;

    /// <param name="account">
    /// The account a per-account dashboard (Account 360) is locked to; it replaces any account_id of
    /// the query string. The JSON API passes null and the account comes from account_id.
    /// </param>
    /// <param name="panels">The panels to build, of those the dashboard names; null for all of them.</param>
    public DashboardOutcome View(string id, IQueryCollection query, CancellationToken cancellationToken, string? account = null, IReadOnlySet<string>? panels = null)
    {
        if (catalog.Find(id) is not { } dashboard)
        {
            return DashboardOutcome.Missing($"there is no dashboard '{Echo.Short(id)}'");
        }
        return Refusing(() =>
        {
            var filters = Filters(query, dashboard.DefaultMonths);
            if (dashboard.PerAccount)
            {
                account ??= filters.Fields.GetValueOrDefault("account_id") is [var only] ? only
                    : throw new DashboardFilterException("account_id", $"dashboard '{id}' shows one account: name it with account_id");
                if (accounts.Find(account) is null)
                {
                    return DashboardOutcome.Missing($"there is no account '{Echo.Short(account)}'");
                }
            }
            filters = account is null ? filters : filters.With("account_id", account);
            DashboardFields.Require(filters, DashboardFields.Of(dashboard, model, kpis));
            var shown = (panels is null ? dashboard.Panels : dashboard.Panels.Where(panels.Contains))
                .Where(p => p != "verbatims" || verbatimAccess.MayReadVerbatims()).ToList();
            var view = WithPanels(builder.Build(dashboard, filters, Today, cancellationToken) with { Panels = shown }, query, filters, cancellationToken);
            return new DashboardOutcome(view, dashboard, filters);
        });
    }

    /// <summary>The panels the dashboard names, each built for the view's filters.</summary>
    private DashboardView WithPanels(DashboardView view, IQueryCollection query, DashboardFilters filters, CancellationToken cancellationToken)
    {
        if (view.Panels.Contains("verbatims"))
        {
            view = view with { Verbatims = verbatims.Read(query, filters, cancellationToken) };
        }
        if (view.Panels.Contains("accounts_at_risk"))
        {
            view = view with { AtRisk = AtRiskView.Build(portfolio.Read(filters, Today, cancellationToken), filters.Range.To.AddDays(1)) };
        }
        if (view.Panels.Contains(Revenue.RevenuePanel.Name))
        {
            view = revenue.AddTo(view, filters, Today, cancellationToken);
        }
        if (view.Panels.Contains("survey_plan"))
        {
            var month = new DateOnly(Today.Year, Today.Month, 1);
            view = view with { SurveyPlan = SurveyPlanView.Build(surveys.Plan(new SurveyPlanRequest(month), cancellationToken), filters) };
        }
        return view;
    }

    /// <summary>One chart of a dashboard as a view of its own (embeds of a chart), filtered as the dashboard would be.</summary>
    public DashboardOutcome Chart(string id, string chartId, IQueryCollection query, CancellationToken cancellationToken)
    {
        if (catalog.Find(id) is not { } dashboard || dashboard.Charts.FirstOrDefault(c => c.Id == chartId) is not { } chart)
        {
            return DashboardOutcome.Missing($"dashboard '{Echo.Short(id)}' has no chart '{Echo.Short(chartId)}'");
        }
        return Refusing(() =>
        {
            var filters = Filters(query, dashboard.DefaultMonths);
            DashboardFields.Require(filters, DashboardFields.Of(model.Cube(chart.Cube)!));
            var view = new DashboardView(dashboard.Id, chart.Title, chart.Description, DashboardViewBuilder.Filters(filters), [],
                [builder.Chart(chart, filters, Today, cancellationToken)]);
            return new DashboardOutcome(view, dashboard, filters);
        });
    }

    /// <summary>Explore: one chart of the measures, dimension and granularity the URL picks (x.*), with the view's filters.</summary>
    public DashboardOutcome Explore(IQueryCollection query, CancellationToken cancellationToken) => Refusing(() =>
    {
        var request = ExploreRequest.Parse(query, model, kpis);
        var filters = Filters(query);
        var cube = model.Cube(request.Cube)!;
        DashboardFields.Require(filters, DashboardFields.Of(cube));
        var chart = builder.Chart(request.Chart(model), filters, Today, cancellationToken);
        var view = new DashboardView("explore", "Explore", null, DashboardViewBuilder.Filters(filters), [], [chart]);
        return new DashboardOutcome(view, null, filters);
    });

    /// <summary>A filter or query the dashboard cannot use becomes a refusal naming the parameter.</summary>
    private static DashboardOutcome Refusing(Func<DashboardOutcome> build)
    {
        try
        {
            return build();
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
    public DashboardFilters Filters(IQueryCollection query, int defaultMonths = DashboardFilters.DefaultMonths) =>
        DashboardFilters.Parse(query.SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v))), Today, defaultMonths);
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
