using Microsoft.AspNetCore.Http.HttpResults;
using Reporting.Core.Cube.Model;
using Reporting.Core.Health;
using Reporting.Core.Kpis;
using Reporting.Core.Revenue;
using Reporting.Core.Storage;
using Reporting.Web.Cube;
using Reporting.Web.Operations;
using Reporting.Core.Periods;

namespace Reporting.Web.Kpis;

/// <summary>Every KPI over HTTP: GET /api/kpis?account=&amp;segment=&amp;from=&amp;to=.</summary>
public static class KpiEndpoints
{
    /// <summary>Loads reports/kpis.yaml against the model; the calculator asks the cube through its cache.</summary>
    public static IHostApplicationBuilder AddReportingKpis(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(services => KpiCatalog.Load(KpiCatalog.DefaultPath, services.GetRequiredService<SemanticModel>()));
        builder.Services.AddSingleton(services => new KpiCalculator(
            services.GetRequiredService<KpiCatalog>(),
            services.GetRequiredService<CubeCache>().Query,
            services.GetRequiredService<ReportingDatabase>(),
            [new AccountHealthKpis(), new RevenueKpis()]));
        return builder;
    }

    public static IEndpointRouteBuilder MapReportingKpis(this IEndpointRouteBuilder endpoints)
    {
        // Loaded now, so that a bad catalog stops start-up; its SLA targets and key features reach the tables the model joins.
        var catalog = endpoints.ServiceProvider.GetRequiredService<KpiCatalog>();
        KpiSettingsTables.Apply(catalog, endpoints.ServiceProvider.GetRequiredService<ReportingDatabase>());
        endpoints.MapGet("/api/kpis", Get).WithName("Kpis").WithTags("KPIs")
            .WithSummary("Every KPI by stable id (value, observations, low-sample flag) for an account, a segment and inclusive dates over each KPI's own event time.")
            .Refuses(400, 503);
        return endpoints;
    }

    public static async Task<Results<Ok<KpiResults>, ProblemHttpResult>> Get(
        [AsParameters] KpiRequest request, KpiCalculator calculator, ReportingClock clock, CancellationToken cancellationToken)
    {
        try
        {
            var filter = KpiFilter.Parse(request.Account, request.Segment, request.From, request.To);
            var today = clock.Today;
            return TypedResults.Ok(await Task.Run(() => calculator.Compute(filter, today, cancellationToken), cancellationToken));
        }
        catch (KpiFilterException e)
        {
            return TypedResults.Problem(
                statusCode: e.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest,
                title: e.NotFound ? "Not found" : "The KPI request cannot be answered",
                detail: e.Message,
                extensions: new Dictionary<string, object?> { ["parameter"] = e.Parameter });
        }
    }
}

/// <summary>The query string of GET /api/kpis; dates are YYYY-MM-DD, inclusive.</summary>
public sealed record KpiRequest(string? Account, string? Segment, string? From, string? To);
