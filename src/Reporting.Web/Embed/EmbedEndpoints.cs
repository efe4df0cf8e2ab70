using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Reporting.Documents.Dashboards;
using Reporting.Web.Dashboards;
using Reporting.Web.Ebr;
using Reporting.Documents.Ebr;
using Reporting.Web.Ingest;
using Reporting.Web.Operations;
using Reporting.Core.Periods;
using Reporting.Web.SignIn;

namespace Reporting.Web.Embed;

/// <summary>
/// Embeds: tokens minted for host servers (POST /api/embed/token, API key), the embed page
/// (/embed/{token}, a Razor page) and the JSON and CSV it reads, all under /embed/{token}: each
/// request verifies the token, answers only for the resource it names, and merges its locked filters.
/// </summary>
public static class EmbedEndpoints
{
    public static IHostApplicationBuilder AddReportingEmbeds(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmbedOptions>().Bind(builder.Configuration.GetSection(EmbedOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<EmbedOptions>, EmbedOptionsValidation>();
        builder.Services.AddSingleton<EmbedSigningKeys>();
        builder.Services.AddSingleton<EmbedHeaders>();
        builder.Services.AddSingleton<EmbedScope>();
        builder.Services.AddSingleton<EmbedTokenReader>();
        builder.Services.AddSingleton<EmbedTokenIssuer>();
        builder.Services.AddSingleton<EmbedViews>();
        builder.Services.AddEmbedRateLimiting();
        builder.Services.AddSingleton<EmbedRefusalLimiter>();
        return builder;
    }

    /// <summary>The embed headers on every /embed response (refusals too), the per-client limit of refused tokens, then the per-token rate limit.</summary>
    public static WebApplication UseReportingEmbeds(this WebApplication app)
    {
        // Resolved now, so that a bad key or origin stops start-up.
        var headers = app.Services.GetRequiredService<EmbedHeaders>();
        app.Services.GetRequiredService<EmbedSigningKeys>();
        var refusals = app.Services.GetRequiredService<EmbedRefusalLimiter>();
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/embed"), embed => embed
            .Use((context, next) => headers.Apply(context, next))
            .Use((context, next) => refusals.Apply(context, next)));
        app.UseRateLimiter();
        return app;
    }

    public static IEndpointRouteBuilder MapReportingEmbeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/embed/token", Mint).RequireApiKey(AccessPolicies.EmbedMint).WithTags("Embeds").WithName("EmbedToken")
            .WithSummary("Mints an embed token (X-Api-Key): resource, filters, editable, theme, bordered, titled, expiresIn (seconds).")
            .Accepts<EmbedTokenRequest>("application/json").WithExample(EmbedTokenRequest.Example).Refuses(400, 401, 403, 415);
        endpoints.MapGet("/embed", NoToken).AllowAnonymous().ExcludeFromDescription();
        var embed = endpoints.MapGroup("/embed/{token}/api").WithTags("Embeds").RequireRateLimiting(EmbedRateLimiting.Policy).AllowAnonymous().Refuses(401, 403, 404, 429);
        embed.MapGet("/dashboards/{id}", Dashboard).WithName("EmbedDashboardView").WithSummary("The embedded dashboard's view, with the token's locked filters.")
            .Refuses(400);
        embed.MapGet("/charts/{dashboard}/{chart}", Chart).WithName("EmbedChartView").WithSummary("One embedded chart's view, with the token's locked filters.")
            .Refuses(400);
        embed.MapGet("/csv/{dashboard}/{chart}", Csv).WithName("EmbedChartCsv").WithSummary("An embedded chart's rows as CSV.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv").Refuses(400).AuditedExport(Reporting.Core.Access.AuditActions.ExportCsv, byEmbedToken: true);
        endpoints.MapGet("/embed/{token}/ebr.pdf", Ebr).WithTags("Embeds").WithName("EmbedEbrPdf").AuditedExport(Reporting.Core.Access.AuditActions.ExportPdf, byEmbedToken: true).RequireRateLimiting(EmbedRateLimiting.Policy).AllowAnonymous()
            .WithSummary("The EBR pack of the account an ebr:<account> token names (from, to when the token lets them change).")
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf").Refuses(400, 401, 403, 404, 429, 503);
        return endpoints;
    }

    public static ProblemHttpResult NoToken() => EmbedRefusal.Unauthorized("no embed token: embeds are served at /embed/<token>").ToResult();

    public static Task<Results<Ok<DashboardView>, ProblemHttpResult>> Dashboard(string token, string id, HttpRequest request, EmbedTokenReader reader, EmbedViews views, CancellationToken cancellationToken) =>
        View(token, reader, grant => views.Dashboard(token, grant, id, request.Query, cancellationToken), cancellationToken);

    public static Task<Results<Ok<DashboardView>, ProblemHttpResult>> Chart(string token, string dashboard, string chart, HttpRequest request, EmbedTokenReader reader, EmbedViews views, CancellationToken cancellationToken) =>
        View(token, reader, grant => views.Chart(token, grant, dashboard, chart, request.Query, cancellationToken), cancellationToken);

    public static Task<Results<FileContentHttpResult, ProblemHttpResult>> Csv(string token, string dashboard, string chart, HttpRequest request, EmbedTokenReader reader, EmbedViews views, CancellationToken cancellationToken) =>
        EmbedAnswers.Answer<FileContentHttpResult>(async () =>
        {
            var grant = await reader.ReadAsync(token);
            var (outcome, csv) = await Task.Run(() => views.Csv(token, grant, dashboard, chart, request.Query, cancellationToken), cancellationToken);
            if (csv is null)
            {
                return EmbedAnswers.Refused(outcome);
            }
            return TypedResults.File(Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"{chart}.csv");
        });

    public static Task<Results<FileContentHttpResult, ProblemHttpResult>> Ebr(string token, HttpRequest request, EmbedTokenReader reader, EmbedViews views, EbrPacks packs, ReportingClock clock, CancellationToken cancellationToken) =>
        EmbedAnswers.Answer(async () =>
        {
            var grant = await reader.ReadAsync(token);
            if (grant.Resource.Kind != EmbedResourceKind.Ebr)
            {
                throw EmbedRefusal.Forbidden($"the token is for {grant.Resource}, not an EBR pack", EmbedClaims.Resource);
            }
            var query = views.Merged(grant, request.Query);
            return await EbrEndpoints.Pdf(grant.Resource.Id, query["from"].FirstOrDefault(), query["to"].FirstOrDefault(), null, packs, clock, cancellationToken);
        });

    public static Task<Results<Ok<MintedToken>, ProblemHttpResult>> Mint(HttpRequest request, EmbedTokenIssuer issuer, WebAudit audit, CancellationToken cancellationToken) =>
        EmbedAnswers.Answer<Ok<MintedToken>>(async () =>
        {
            using var document = await JsonDocument.ParseAsync(request.Body, StrictJson.Options, cancellationToken);
            var body = document.RootElement;
            var grant = EmbedGrantClaims.Read(body);
            var minted = issuer.Issue(grant, Lifetime(body));
            var url = $"{request.Scheme}://{request.Host}{request.PathBase}/embed/{minted.Token}";
            audit.Record(request.HttpContext, Reporting.Core.Access.AuditActions.EmbedMint, grant.Resource.ToString(), detail: $"expires {minted.ExpiresAt:O}");
            return TypedResults.Ok(new MintedToken(minted.Token, url, minted.ExpiresAt));
        });

    private static TimeSpan? Lifetime(JsonElement body) =>
        !body.TryGetProperty("expiresIn", out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var seconds) ? TimeSpan.FromSeconds(seconds)
        : throw new EmbedClaimException("expiresIn", "'expiresIn' must be a whole number of seconds");

    private static Task<Results<Ok<DashboardView>, ProblemHttpResult>> View(string token, EmbedTokenReader reader, Func<EmbedGrant, DashboardOutcome> view, CancellationToken cancellationToken) =>
        EmbedAnswers.Answer<Ok<DashboardView>>(async () =>
        {
            var grant = await reader.ReadAsync(token);
            var outcome = await Task.Run(() => view(grant), cancellationToken);
            if (outcome.View is not { } shown)
            {
                return EmbedAnswers.Refused(outcome);
            }
            return TypedResults.Ok(shown);
        });
}

/// <summary>A minted token, the embed URL that carries it, and when it expires.</summary>
public sealed record MintedToken(string Token, string Url, DateTimeOffset ExpiresAt);
