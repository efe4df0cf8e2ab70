using Reporting.Core.Cube.Model;
using Reporting.Documents.Cube;
using Reporting.Web.Dashboards;
using Reporting.Documents.Dashboards;

namespace Reporting.Web.Embed;

/// <summary>
/// The views an embed shows, always through its grant: the resource must be the one the token names
/// (403 otherwise), the grant must still fit what the server has, and the viewer's parameters are
/// merged with the locked filters (<see cref="EmbedQuery"/>). A dashboard shows its tiles and charts;
/// its panels (accounts at risk, the survey plan, the verbatim explorer) are internal work lists and
/// stay in the main UI. CSV links lead to the embed's own CSV route.
/// </summary>
public sealed class EmbedViews(DashboardRequests requests, EmbedScope scope, CubeCache cache, SemanticModel model)
{
    private static readonly IReadOnlySet<string> NoPanels = new HashSet<string>();

    /// <summary>The view of whatever the token names (the embed page).</summary>
    public DashboardOutcome Named(string token, EmbedGrant grant, IQueryCollection query, CancellationToken cancellationToken) => grant.Resource switch
    {
        { Kind: EmbedResourceKind.Dashboard } r => Dashboard(token, grant, r.Id, query, cancellationToken),
        { Kind: EmbedResourceKind.Chart } r => Chart(token, grant, r.Id, r.Chart!, query, cancellationToken),
        _ => throw EmbedRefusal.Forbidden($"the token is for {grant.Resource}, which has no view", EmbedClaims.Resource),
    };

    public DashboardOutcome Dashboard(string token, EmbedGrant grant, string id, IQueryCollection query, CancellationToken cancellationToken)
    {
        if (grant.Resource is not { Kind: EmbedResourceKind.Dashboard } resource || resource.Id != id)
        {
            throw Elsewhere(grant, $"dashboard:{id}");
        }
        var outcome = requests.View(id, Merged(grant, query), cancellationToken, panels: NoPanels);
        return WithEmbedLinks(outcome, token);
    }

    public DashboardOutcome Chart(string token, EmbedGrant grant, string dashboard, string chart, IQueryCollection query, CancellationToken cancellationToken)
    {
        if (!grant.Resource.Covers(dashboard, chart))
        {
            throw Elsewhere(grant, $"chart:{dashboard}.{chart}");
        }
        return WithEmbedLinks(requests.Chart(dashboard, chart, Merged(grant, query), cancellationToken), token);
    }

    /// <summary>A chart's rows as CSV, as the chart's table shows them.</summary>
    public (DashboardOutcome Outcome, string? Csv) Csv(string token, EmbedGrant grant, string dashboard, string chart, IQueryCollection query, CancellationToken cancellationToken)
    {
        var outcome = Chart(token, grant, dashboard, chart, query, cancellationToken);
        if (outcome.View is not { Charts: [var shown] })
        {
            return (outcome, null);
        }
        return (outcome, CubeCsv.Write(cache.Query(shown.CubeQuery, requests.Today, cancellationToken), model));
    }

    /// <summary>Where the embed page fetches its view from when the viewer changes a filter.</summary>
    public static string ApiPath(string token, EmbedResource resource) => resource.Kind == EmbedResourceKind.Chart
        ? $"/embed/{token}/api/charts/{Uri.EscapeDataString(resource.Id)}/{Uri.EscapeDataString(resource.Chart!)}"
        : $"/embed/{token}/api/dashboards/{Uri.EscapeDataString(resource.Id)}";

    /// <summary>The viewer's query as the grant allows it, locked filters merged (403 otherwise, or when the grant no longer fits).</summary>
    public Microsoft.AspNetCore.Http.QueryCollection Merged(EmbedGrant grant, IQueryCollection query)
    {
        if (scope.Problem(grant, requests.Today) is { } problem)
        {
            throw EmbedRefusal.Forbidden(problem.Detail, problem.Field);
        }
        return EmbedQuery.Merge(grant, query, requests.Today);
    }

    private static DashboardOutcome WithEmbedLinks(DashboardOutcome outcome, string token) => outcome.View is not { } view ? outcome : outcome with
    {
        View = view with
        {
            Charts = view.Charts.Select(c => c with
            {
                CsvUrl = $"/embed/{token}/api/csv/{Uri.EscapeDataString(view.Id)}/{Uri.EscapeDataString(c.Id)}?{view.Filters.Query}",
            }).ToList(),
        },
    };

    private static EmbedRefusal Elsewhere(EmbedGrant grant, string asked) =>
        EmbedRefusal.Forbidden($"the token is for {grant.Resource}, not {asked}", EmbedClaims.Resource);
}
