namespace Reporting.Web.Ingest;

/// <summary>Endpoint metadata: the endpoint needs an API key (X-Api-Key), so the OpenAPI document says so.</summary>
public sealed class ApiKeyRequired
{
    public static readonly ApiKeyRequired Instance = new();
}

/// <summary>Puts an endpoint behind <see cref="ApiKeyFilter"/> and marks it for the OpenAPI document.</summary>
public static class ApiKeyEndpoints
{
    public static RouteHandlerBuilder RequireApiKey(this RouteHandlerBuilder endpoint) =>
        endpoint.AddEndpointFilter<ApiKeyFilter>().WithMetadata(ApiKeyRequired.Instance);
}
