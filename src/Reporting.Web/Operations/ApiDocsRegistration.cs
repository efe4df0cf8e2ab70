using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Reporting.Web.Operations;

/// <summary>
/// The OpenAPI document of every /api and /embed route (/openapi/v1.json, Microsoft.AspNetCore.OpenApi)
/// with its security schemes, and Scalar's interactive reference at /api/docs.
/// </summary>
public static class ApiDocsRegistration
{
    public const string DocsPath = "/api/docs";

    public static IHostApplicationBuilder AddReportingApiDocs(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOpenApi(options =>
        {
            options.ShouldInclude = description => description.RelativePath is { } path
                && (path.StartsWith("api/", StringComparison.Ordinal) || path.StartsWith("embed/", StringComparison.Ordinal));
            options.AddDocumentTransformer(ApiSecuritySchemes.Describe);
            options.AddOperationTransformer(ApiSecuritySchemes.Require);
        });
        return builder;
    }

    /// <summary>
    /// Scalar's page starts itself with an inline module script and styles itself inline, so its path
    /// gets a policy of its own; it shows only the document the code describes, and fetches nothing
    /// from elsewhere (no default fonts, no telemetry).
    /// </summary>
    public const string DocsPolicy = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplication MapReportingApiDocs(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments(DocsPath), docs => docs.Use((context, next) =>
        {
            context.Response.Headers.ContentSecurityPolicy = DocsPolicy;
            return next();
        }));
        app.MapOpenApi();
        app.MapScalarApiReference(DocsPath, options => options.WithTitle("Customer Success Reporting API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json").DisableDefaultFonts().DisableTelemetry());
        return app;
    }
}
