namespace Reporting.Web.Ingest;

/// <summary>Endpoint metadata: the endpoint takes an API key (X-Api-Key), so the OpenAPI document says so.</summary>
public sealed class ApiKeyRequired
{
    public static readonly ApiKeyRequired Instance = new();
}

/// <summary>Puts an endpoint behind an access policy that an API key (or an admin) meets, and marks it for the OpenAPI document.</summary>
public static class ApiKeyEndpoints
{
    public static RouteHandlerBuilder RequireApiKey(this RouteHandlerBuilder endpoint, string policy) =>
        endpoint.RequireAuthorization(policy).WithMetadata(ApiKeyRequired.Instance);
}
