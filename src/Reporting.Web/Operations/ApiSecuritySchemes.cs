using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Reporting.Web.Ingest;

namespace Reporting.Web.Operations;

/// <summary>
/// How the API is authorised, in the OpenAPI document: an API key in the X-Api-Key header (loads and
/// minting, marked by <see cref="ApiKeyRequired"/>), and the embed token carried in the path of every
/// /embed route, which OpenAPI has no scheme for, so its parameter says so.
/// </summary>
public static class ApiSecuritySchemes
{
    public const string ApiKey = "ApiKey";

    public static Task Describe(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKey] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyAuthentication.Header,
            Description = "A key from Reporting:ApiKeys, for loads (POST /api/ingest/{kind}) and minting embed tokens (POST /api/embed/token).",
        };
        document.Info.Title = "Customer Success Reporting API";
        document.Info.Description = "Customer-success KPIs, cube queries, dashboards, loads and embeds. Embed routes carry a signed embed token "
            + "(HS256 JWT, see the README's Embedding section) as the {token} path segment.";
        return Task.CompletedTask;
    }

    public static Task Require(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiKeyRequired>().Any())
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKey, context.Document)] = [] });
        }
        foreach (var parameter in operation.Parameters ?? [])
        {
            if (parameter is OpenApiParameter { Name: "token", In: ParameterLocation.Path } token)
            {
                token.Description = "The signed embed token (HS256 JWT) that names the resource and its locked filters.";
            }
        }
        return Task.CompletedTask;
    }
}
