namespace Reporting.Web.Operations;

/// <summary>The refusals an endpoint may answer, as ProblemDetails, for the OpenAPI document.</summary>
public static class ProblemResponses
{
    public static TBuilder Refuses<TBuilder>(this TBuilder endpoint, params int[] statuses) where TBuilder : IEndpointConventionBuilder
    {
        foreach (var status in statuses)
        {
            endpoint.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), ["application/problem+json"]));
        }
        return endpoint;
    }
}
