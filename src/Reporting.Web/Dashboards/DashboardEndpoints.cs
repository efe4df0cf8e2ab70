using Microsoft.AspNetCore.Http.HttpResults;
using Reporting.Core.Dashboards;
using Reporting.Documents.Dashboards;
using Reporting.Web.Operations;
using Reporting.Web.SignIn;

namespace Reporting.Web.Dashboards;

/// <summary>The dashboards: reports/dashboards loaded and checked at start-up, and their views as JSON.</summary>
public static class DashboardEndpoints
{
    /// <summary>The views, and the rule that a viewer's request shows no verbatims.</summary>
    public static IHostApplicationBuilder AddReportingDashboards(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<IVerbatimAccess, CallerVerbatimAccess>();
        return builder.AddReportingDashboardViews();
    }

    public static IEndpointRouteBuilder MapReportingDashboards(this IEndpointRouteBuilder endpoints)
    {
        // Resolved now, not on the first request, so that a bad dashboard file stops start-up.
        endpoints.ServiceProvider.GetRequiredService<DashboardCatalog>();
        var group = endpoints.MapGroup("/api/dashboards").WithTags("Dashboards");
        group.MapGet("/", List).WithName("Dashboards").WithSummary("The dashboards, in navigation order.");
        group.MapGet("/{id}", View).WithName("DashboardView")
            .WithSummary("A dashboard's tiles and charts for the filters in the query string (from, to, grain, segment, region, tier, csm, account_id, drill-downs).")
            .Refuses(400, 404, 503);
        endpoints.MapGet("/api/explore", Explore).WithTags("Dashboards").WithName("Explore")
            .WithSummary("One chart of the measures (x.measure), dimension (x.dimension), time (x.over) and chart type (x.chart) of a cube (x.cube), with the view's filters.")
            .Refuses(400, 503);
        endpoints.MapGet("/api/cube/csv", CubeCsv.Download).WithTags("Cube").WithName("CubeCsv")
            .WithSummary("A cube query's rows as CSV (query: the query JSON; name: the file name).")
            .Produces<string>(StatusCodes.Status200OK, "text/csv").Refuses(400, 403, 503).AuditedExport(Reporting.Core.Access.AuditActions.ExportCsv);
        return endpoints;
    }

    public static Ok<IReadOnlyList<DashboardSummary>> List(DashboardCatalog catalog) =>
        TypedResults.Ok<IReadOnlyList<DashboardSummary>>(catalog.Dashboards.Select(d => new DashboardSummary(d.Id, d.Title, d.Summary, d.PerAccount)).ToList());

    public static async Task<Results<Ok<DashboardView>, ProblemHttpResult>> View(
        string id, HttpRequest request, DashboardRequests dashboards, CancellationToken cancellationToken) =>
        Answer(await Task.Run(() => dashboards.View(id, request.Query, cancellationToken), cancellationToken));

    public static async Task<Results<Ok<DashboardView>, ProblemHttpResult>> Explore(
        HttpRequest request, DashboardRequests dashboards, CancellationToken cancellationToken) =>
        Answer(await Task.Run(() => dashboards.Explore(request.Query, cancellationToken), cancellationToken));

    private static Results<Ok<DashboardView>, ProblemHttpResult> Answer(DashboardOutcome outcome) =>
        outcome switch
        {
            { View: { } view } => TypedResults.Ok(view),
            { NotFound: true } => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such dashboard", detail: outcome.Error),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The filters cannot be used", detail: outcome.Error,
                extensions: new Dictionary<string, object?> { ["parameter"] = outcome.Parameter }),
        };
}

public sealed record DashboardSummary(string Id, string Title, string? Summary, bool PerAccount);
